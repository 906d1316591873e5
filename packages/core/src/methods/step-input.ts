import type { Locale } from "../accounts/locales.js";
import type { StepInput } from "../steps/schema.js";
import { localiseMethod } from "./localise.js";
import type { BuiltInMethod, MethodView } from "./schema.js";

/** stepInputSchema's bound on notes. */
const MAX_NOTES_CHARS = 2_000;

export type StepOverrides = Omit<Partial<StepInput>, "methodId">;

/**
 * The step that choosing a method in an agenda adds: its first phase, its name, its question as
 * the prompt, its timebox and live settings, and its steps as the facilitator's notes (notes are
 * never shown to participants). Overrides win; settings are merged key by key.
 */
export function stepInputFromView(method: MethodView, overrides: StepOverrides = {}): StepInput {
  const { settings, ...rest } = overrides;
  const notes = method.steps
    .map((step, index) => `${index + 1}. ${step}`)
    .join("\n")
    .slice(0, MAX_NOTES_CHARS);
  return {
    phase: method.phases[0] ?? "other",
    methodId: method.id,
    methodName: method.name,
    prompt: method.question,
    timeboxSeconds: method.live.timeboxSeconds,
    notes,
    ...rest,
    settings: { ...method.live.settings, ...settings },
  };
}

export function stepInputFromMethod(
  method: BuiltInMethod,
  locale: Locale,
  overrides: StepOverrides = {},
): StepInput {
  return stepInputFromView(localiseMethod(method, locale), overrides);
}
