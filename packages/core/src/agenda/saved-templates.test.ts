import { describe, expect, it } from "vitest";
import { MAX_STEPS } from "../steps/schema.js";
import { agendaFromTemplate } from "./built-in-templates.js";
import { preparationFromDesign } from "./design.js";
import { agendaProblem, agendaTemplateBodySchema, templateNameKey } from "./saved-templates.js";

describe("saved agenda templates", () => {
  it("accepts a design built from a template as a template body", () => {
    const body = {
      name: "Vår retro",
      design: {
        language: "sv",
        purpose: "",
        question: "",
        desiredOutcome: "",
        groundRules: ["En i taget."],
        meetingMinutes: 90,
        steps: agendaFromTemplate("retrospective", "sv"),
      },
    };
    expect(agendaTemplateBodySchema.safeParse(body).success).toBe(true);
  });

  it("names what keeps steps from being an agenda", () => {
    const step = { timeboxSeconds: 300 };
    expect(agendaProblem([step])).toBeNull();
    expect(agendaProblem([{ timeboxSeconds: null }])).toBeNull();
    expect(agendaProblem([])).toEqual({ code: "agenda_empty" });
    expect(agendaProblem([step, { timeboxSeconds: 0 }])).toEqual({
      code: "timebox_zero",
      details: { path: ["steps", 1, "timeboxSeconds"] },
    });
    expect(agendaProblem(Array.from({ length: MAX_STEPS + 1 }, () => step))).toEqual({
      code: "agenda_too_long",
      details: { limit: MAX_STEPS },
    });
  });

  it("tells names apart as people read them", () => {
    expect(templateNameKey("  Vår   Retro ")).toBe(templateNameKey("vår retro"));
    expect(templateNameKey("Retro 1")).not.toBe(templateNameKey("Retro 2"));
  });
});

describe("a design's preparation", () => {
  const design = { purpose: "Lära", desiredOutcome: "Två beslut", meetingMinutes: 120 };
  it("carries purpose, outcome, start and length", () => {
    expect(preparationFromDesign(design, "2026-12-01T08:00:00.000Z")).toEqual({
      purpose: "Lära",
      desiredOutcome: "Två beslut",
      startsAt: "2026-12-01T08:00:00.000Z",
      durationMinutes: 120,
      place: "",
    });
  });
  it("leaves a length the preparation cannot hold for the facilitator", () => {
    expect(preparationFromDesign({ ...design, meetingMinutes: 960 }, null).durationMinutes).toBe(
      null,
    );
    expect(preparationFromDesign({ ...design, meetingMinutes: 3 }, null).durationMinutes).toBe(
      null,
    );
  });
});
