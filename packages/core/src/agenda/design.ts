import { z } from "zod";
import { LOCALES, type Locale } from "../accounts/locales.js";
import type { UpdatePreparationBody } from "../preparation/schemas.js";
import { MAX_GROUND_RULES } from "../session/schema.js";
import { textSchema } from "../session/schema-helpers.js";
import { MAX_STEPS, type StepInput, stepInputSchema } from "../steps/schema.js";

/** Two working days: the longest sitting an agenda plans for. */
export const MAX_MEETING_MINUTES = 960;

/**
 * A session as designed before it runs (issue 7's agenda builder): why, what question, what
 * should come out, the ground rules, and the ordered steps with their timeboxes.
 */
export const sessionDesignSchema = z.strictObject({
  title: textSchema(1, 200),
  language: z.enum(LOCALES),
  purpose: textSchema(0, 1_000),
  question: textSchema(0, 1_000),
  desiredOutcome: textSchema(0, 1_000),
  groundRules: z.array(textSchema(1, 300)).max(MAX_GROUND_RULES),
  meetingMinutes: z.number().int().min(1).max(MAX_MEETING_MINUTES).nullable(),
  steps: z.array(stepInputSchema).min(1).max(MAX_STEPS),
});
export type SessionDesign = z.infer<typeof sessionDesignSchema>;

export interface AgendaTime {
  totalSeconds: number;
  /** Seconds beyond the meeting's length; 0 when the agenda fits or no length is set. */
  overrunSeconds: number;
}

/** Steps without a timebox count as nothing: the warning is about what was planned. */
export function agendaTime(steps: readonly StepInput[], meetingMinutes: number | null): AgendaTime {
  const totalSeconds = steps.reduce((sum, step) => sum + (step.timeboxSeconds ?? 0), 0);
  const overrunSeconds =
    meetingMinutes === null ? 0 : Math.max(0, totalSeconds - meetingMinutes * 60);
  return { totalSeconds, overrunSeconds };
}

const NOTE_LABELS: Record<Locale, { purpose: string; outcome: string }> = {
  en: { purpose: "Purpose", outcome: "Desired outcome" },
  nb: { purpose: "Formål", outcome: "Ønsket resultat" },
  sv: { purpose: "Syfte", outcome: "Önskat resultat" },
  nl: { purpose: "Doel", outcome: "Gewenst resultaat" },
};

/** stepInputSchema's bound on notes. */
const MAX_NOTES_CHARS = 2_000;

/**
 * What `session.create` takes to start the live session from a design: its steps, ground rules
 * and question. The session itself holds no purpose or outcome, so they travel as the first
 * step's facilitator notes, where the facilitator sees them when opening (never participants).
 */
export function sessionCreateFromDesign(design: SessionDesign) {
  const labels = NOTE_LABELS[design.language];
  const brief = [
    design.purpose && `${labels.purpose}: ${design.purpose}`,
    design.desiredOutcome && `${labels.outcome}: ${design.desiredOutcome}`,
  ]
    .filter(Boolean)
    .join("\n");
  const steps = design.steps.map((step, index) =>
    index === 0 && brief
      ? {
          ...step,
          notes: [brief, step.notes].filter(Boolean).join("\n\n").slice(0, MAX_NOTES_CHARS),
        }
      : step,
  );
  return {
    title: design.title,
    question: design.question,
    language: design.language,
    groundRules: design.groundRules,
    steps,
  };
}

/** The preparation's bounds on a meeting's length (packages/core/src/preparation/schemas.ts). */
const PREPARATION_MINUTES = { min: 5, max: 12 * 60 };

/**
 * What the session's preparation takes from its design: why, what should come out, when and
 * how long, so the Prepare page opens filled. A length the preparation cannot hold (a two-day
 * design) is left for the facilitator to set there.
 */
export function preparationFromDesign(
  design: Pick<SessionDesign, "purpose" | "desiredOutcome" | "meetingMinutes">,
  startsAt: string | null,
): UpdatePreparationBody {
  const minutes = design.meetingMinutes;
  const fits =
    minutes !== null && minutes >= PREPARATION_MINUTES.min && minutes <= PREPARATION_MINUTES.max;
  return {
    purpose: design.purpose,
    desiredOutcome: design.desiredOutcome,
    startsAt,
    durationMinutes: fits ? minutes : null,
    place: "",
  };
}
