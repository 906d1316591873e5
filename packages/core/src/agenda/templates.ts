import type { MethodView } from "../methods/schema.js";
import { stepInputFromView } from "../methods/step-input.js";
import type { Phase, StepInput } from "../steps/schema.js";

export const AGENDA_TEMPLATE_IDS = [
  "decisions-by-design",
  "retrospective",
  "strategy-day",
  "process-improvement",
] as const;
export type AgendaTemplateId = (typeof AGENDA_TEMPLATE_IDS)[number];

interface TemplateStep {
  methodId: string;
  /** When the method serves several phases and this agenda uses another than its first. */
  phase?: Phase;
  minutes: number;
}

interface AgendaTemplate {
  meetingMinutes: number;
  steps: TemplateStep[];
}

/**
 * Agendas built from library methods, so each step is configured as its method says. Decisions
 * by Design (seed 001) is the default: share facts, reflect, discover, decide, between a
 * check-in and a check-out; the others are the formats facilitators ask for most.
 */
const TEMPLATES: Record<AgendaTemplateId, AgendaTemplate> = {
  "decisions-by-design": {
    meetingMinutes: 120,
    steps: [
      { methodId: "check-in-round", minutes: 10 },
      { methodId: "facts-assumptions-questions", minutes: 15 },
      { methodId: "silent-brainstorm", phase: "reflect", minutes: 10 },
      { methodId: "affinity-grouping", minutes: 20 },
      { methodId: "shape-a-proposal", phase: "decide", minutes: 20 },
      { methodId: "clarifying-round", minutes: 5 },
      { methodId: "reaction-round", minutes: 10 },
      { methodId: "consent-round", minutes: 15 },
      { methodId: "check-out-round", minutes: 5 },
    ],
  },
  retrospective: {
    meetingMinutes: 90,
    steps: [
      { methodId: "one-word-check-in", minutes: 5 },
      { methodId: "timeline-retrospective", phase: "share_facts", minutes: 30 },
      { methodId: "start-stop-continue", phase: "reflect", minutes: 25 },
      { methodId: "dot-voting", phase: "discover", minutes: 8 },
      { methodId: "commitments", phase: "decide", minutes: 10 },
      { methodId: "one-word-check-out", minutes: 3 },
    ],
  },
  "strategy-day": {
    meetingMinutes: 360,
    steps: [
      { methodId: "check-in-round", minutes: 20 },
      { methodId: "purpose-check", minutes: 15 },
      { methodId: "appreciative-interviews", phase: "share_facts", minutes: 45 },
      { methodId: "rotating-tables", phase: "reflect", minutes: 60 },
      { methodId: "affinity-grouping", minutes: 30 },
      { methodId: "impact-effort-map", phase: "discover", minutes: 30 },
      { methodId: "now-next-later", phase: "decide", minutes: 25 },
      { methodId: "shape-a-proposal", phase: "decide", minutes: 30 },
      { methodId: "consent-round", minutes: 20 },
      { methodId: "commitments", phase: "decide", minutes: 15 },
      { methodId: "check-out-round", minutes: 15 },
    ],
  },
  "process-improvement": {
    meetingMinutes: 180,
    steps: [
      { methodId: "check-in-round", minutes: 10 },
      { methodId: "facts-assumptions-questions", minutes: 20 },
      { methodId: "what-so-what-now-what", phase: "reflect", minutes: 30 },
      { methodId: "five-whys", phase: "reflect", minutes: 20 },
      { methodId: "one-two-four-all", phase: "discover", minutes: 15 },
      { methodId: "impact-effort-map", phase: "discover", minutes: 20 },
      { methodId: "shape-a-proposal", phase: "decide", minutes: 20 },
      { methodId: "consent-round", minutes: 15 },
      { methodId: "commitments", phase: "decide", minutes: 10 },
    ],
  },
};

export function templateMeetingMinutes(id: AgendaTemplateId): number {
  return TEMPLATES[id].meetingMinutes;
}

/**
 * A template's steps, each configured by its method as read in `library` (one language: the
 * session's). The library is a parameter so that the browser can pass what `GET /api/methods`
 * answers instead of bundling every method's texts; `agendaFromTemplate` reads core's own.
 */
export function agendaFromLibrary(
  id: AgendaTemplateId,
  library: readonly MethodView[],
): StepInput[] {
  return TEMPLATES[id].steps.map(({ methodId, phase, minutes }) => {
    const method = library.find((candidate) => candidate.id === methodId);
    // A template names only built-in methods; the tests hold every id to the library.
    if (!method) throw new Error(`Template ${id} names a method not in the library: ${methodId}`);
    return stepInputFromView(method, {
      ...(phase !== undefined && { phase }),
      timeboxSeconds: minutes * 60,
    });
  });
}
