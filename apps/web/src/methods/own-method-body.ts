import { CONTRIBUTION_KINDS, type OrganisationMethodBody, PHASES } from "@samspel/core";

const lines = (text: string | undefined) =>
  (text ?? "")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

/** Number inputs as numbers; an empty one stays NaN so the schema names the field. */
const number = (text: string | undefined) =>
  text === undefined || text === "" ? Number.NaN : Number(text);

/** Form fields as the API takes them: lists one item per line, checkboxes per option. */
export function ownMethodBody(values: Record<string, string>): unknown {
  return {
    language: values.language,
    category: values.category,
    phases: PHASES.filter((phase) => values[`phase-${phase}`] === "on"),
    groupSize: { min: number(values.groupMin), max: number(values.groupMax) },
    minutes: { min: number(values.minutesMin), max: number(values.minutesMax) },
    live: {
      settings: {
        contributionKinds: CONTRIBUTION_KINDS.filter((kind) => values[`kind-${kind}`] === "on"),
        silent: values.silent === "on",
        dotVoteBudget: number(values.dotVoteBudget || "0"),
        reactions: values.reactions === "on",
        grouping: values.grouping,
      },
      round: values.round || null,
      timeboxSeconds: Math.round(number(values.timebox) * 60),
    },
    name: values.name ?? "",
    purpose: values.purpose ?? "",
    whenToUse: values.whenToUse ?? "",
    steps: lines(values.steps),
    question: values.question ?? "",
    goodQuestions: lines(values.goodQuestions),
    materials: lines(values.materials),
    pitfalls: lines(values.pitfalls),
  } satisfies Record<keyof OrganisationMethodBody, unknown>;
}
