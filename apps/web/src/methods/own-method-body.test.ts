import { organisationMethodBodySchema } from "@samspel/core";
import { describe, expect, it } from "vitest";
import { ownMethodBody } from "./own-method-body";

const filled: Record<string, string> = {
  language: "sv",
  category: "closing",
  "phase-other": "on",
  "phase-decide": "on",
  groupMin: "3",
  groupMax: "12",
  minutesMin: "5",
  minutesMax: "10",
  "kind-comment": "on",
  "kind-idea": "on",
  silent: "on",
  dotVoteBudget: "2",
  grouping: "facilitator",
  round: "",
  timebox: "7",
  name: "Fikapaus",
  purpose: "Alla tar en paus tillsammans.",
  whenToUse: "Mitt i ett långt möte.",
  steps: "  Koka kaffe.\n\nDrick kaffe.  \n",
  question: "Vad behöver du just nu?",
  goodQuestions: "Håll det kort.",
  materials: "",
  pitfalls: "Pausen drar ut.",
};

describe("an own method's form as the API takes it", () => {
  it("turns lines into lists, checkboxes into choices and minutes into seconds", () => {
    const body = organisationMethodBodySchema.parse(ownMethodBody(filled));
    expect(body).toMatchObject({
      phases: ["decide", "other"],
      groupSize: { min: 3, max: 12 },
      live: {
        settings: {
          contributionKinds: ["idea", "comment"],
          silent: true,
          dotVoteBudget: 2,
          reactions: false,
          grouping: "facilitator",
        },
        round: null,
        timeboxSeconds: 420,
      },
      steps: ["Koka kaffe.", "Drick kaffe."],
      materials: [],
    });
  });

  it("leaves empty numbers for the schema to name", () => {
    const parsed = organisationMethodBodySchema.safeParse(
      ownMethodBody({ ...filled, groupMax: "", timebox: "" }),
    );
    const paths = parsed.error?.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["groupSize.max", "live.timeboxSeconds"]));
  });
});
