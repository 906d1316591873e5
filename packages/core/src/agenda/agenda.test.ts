import { describe, expect, it } from "vitest";
import { LOCALES } from "../accounts/locales.js";
import { builtInLibrary } from "../methods/library.js";
import { sessionCommandSchemas } from "../session/schema.js";
import { stepInputSchema } from "../steps/schema.js";
import { agendaFromTemplate } from "./built-in-templates.js";
import {
  agendaTime,
  type SessionDesign,
  sessionCreateFromDesign,
  sessionDesignSchema,
} from "./design.js";
import { DEFAULT_GROUND_RULES } from "./ground-rules.js";
import { AGENDA_TEMPLATE_IDS, agendaFromLibrary, templateMeetingMinutes } from "./templates.js";

const createSchema = sessionCommandSchemas[0].shape.payload;

function buildDesign(overrides: Partial<SessionDesign> = {}): SessionDesign {
  return {
    title: "Budsjett 2027",
    language: "nb",
    purpose: "Bli enige om prioriteringene",
    question: "Hva skal vi prioritere i 2027?",
    desiredOutcome: "Et vedtak om tre prioriteringer",
    groundRules: DEFAULT_GROUND_RULES.nb,
    meetingMinutes: 120,
    steps: agendaFromTemplate("decisions-by-design", "nb"),
    ...overrides,
  };
}

describe("agenda templates", () => {
  it.each(AGENDA_TEMPLATE_IDS)(
    "%s yields valid steps in every language, within its length",
    (id) => {
      for (const language of LOCALES) {
        const steps = agendaFromTemplate(id, language);
        expect(steps.length).toBeGreaterThan(3);
        for (const step of steps) expect(stepInputSchema.safeParse(step).success).toBe(true);
        expect(agendaTime(steps, templateMeetingMinutes(id)).overrunSeconds).toBe(0);
      }
    },
  );

  it("configures each step from the library it is given, and names a method it lacks", () => {
    const library = builtInLibrary("nl");
    expect(agendaFromLibrary("retrospective", library)).toEqual(
      agendaFromTemplate("retrospective", "nl"),
    );
    const renamed = library.map((method) =>
      method.id === "dot-voting" ? { ...method, name: "Stippen plakken" } : method,
    );
    const dots = agendaFromLibrary("retrospective", renamed).find(
      (step) => step.methodId === "dot-voting",
    );
    expect(dots?.methodName).toBe("Stippen plakken");
    const lacking = library.filter((method) => method.id !== "dot-voting");
    expect(() => agendaFromLibrary("retrospective", lacking)).toThrow(/dot-voting/);
  });

  it("builds Decisions by Design through its four phases, ending in a consent round", () => {
    const steps = agendaFromTemplate("decisions-by-design", "sv");
    const phases = steps.map((step) => step.phase);
    for (const phase of ["share_facts", "reflect", "discover", "decide"] as const) {
      expect(phases).toContain(phase);
    }
    expect(phases.indexOf("share_facts")).toBeLessThan(phases.indexOf("decide"));
    expect(steps.map((step) => step.methodId)).toContain("consent-round");
    expect(steps.find((step) => step.methodId === "consent-round")?.methodName).toBe(
      "Samtyckesrunda",
    );
  });
});

describe("ground rules", () => {
  it("exist in every language, translated", () => {
    for (const language of LOCALES) {
      expect(DEFAULT_GROUND_RULES[language].length).toBeGreaterThan(2);
      if (language !== "en")
        expect(DEFAULT_GROUND_RULES[language]).not.toEqual(DEFAULT_GROUND_RULES.en);
    }
  });
});

describe("a session design", () => {
  it("adds up its timeboxes and warns of overrun against the meeting length", () => {
    const steps = [
      { phase: "other" as const, methodName: "A", timeboxSeconds: 1_800 },
      { phase: "other" as const, methodName: "B", timeboxSeconds: 2_400 },
      { phase: "other" as const, methodName: "No timebox" },
    ];
    expect(agendaTime(steps, 60)).toEqual({ totalSeconds: 4_200, overrunSeconds: 600 });
    expect(agendaTime(steps, 90)).toEqual({ totalSeconds: 4_200, overrunSeconds: 0 });
    expect(agendaTime(steps, null).overrunSeconds).toBe(0);
  });

  it("validates, and refuses an empty agenda", () => {
    expect(sessionDesignSchema.safeParse(buildDesign()).success).toBe(true);
    const empty = sessionDesignSchema.safeParse(buildDesign({ steps: [] }));
    expect(empty.error?.issues.map((issue) => issue.path)).toEqual([["steps"]]);
  });

  it("starts the live session with its steps, rules, question, and the brief for the facilitator", () => {
    const design = buildDesign();
    const payload = sessionCreateFromDesign(design);
    expect(createSchema.safeParse({ organisationId: "org", ...payload }).success).toBe(true);
    expect(payload.steps).toHaveLength(design.steps.length);
    expect(payload.groundRules).toEqual(DEFAULT_GROUND_RULES.nb);
    expect(payload.steps[0]?.notes).toMatch(
      /^Formål: Bli enige om prioriteringene\nØnsket resultat: Et vedtak om tre prioriteringer\n\n1\. /,
    );
    expect(payload.steps[1]).toEqual(design.steps[1]);
    const plain = sessionCreateFromDesign(buildDesign({ purpose: "", desiredOutcome: "" }));
    expect(plain.steps[0]).toEqual(design.steps[0]);
  });
});
