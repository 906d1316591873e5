import type { Locale } from "../accounts/locales.js";
import { CLOSING_METHODS } from "./content/closing.js";
import { DECISION_METHODS } from "./content/decision.js";
import { DIALOGUE_METHODS } from "./content/dialogue.js";
import { IDEA_METHODS } from "./content/ideas.js";
import { OPENING_METHODS } from "./content/opening.js";
import { PRIORITISING_METHODS } from "./content/prioritising.js";
import { REFLECTION_METHODS } from "./content/reflection.js";
import { ROUND_METHODS } from "./content/rounds.js";
import { SENSEMAKING_METHODS } from "./content/sensemaking.js";
import { localiseMethod } from "./localise.js";
import type { BuiltInMethod, MethodView } from "./schema.js";

/** The built-in library, shelf by shelf in the order a session meets them. */
export const BUILT_IN_METHODS: readonly BuiltInMethod[] = [
  ...OPENING_METHODS,
  ...IDEA_METHODS,
  ...ROUND_METHODS,
  ...DIALOGUE_METHODS,
  ...SENSEMAKING_METHODS,
  ...PRIORITISING_METHODS,
  ...DECISION_METHODS,
  ...REFLECTION_METHODS,
  ...CLOSING_METHODS,
];

const BY_ID = new Map(BUILT_IN_METHODS.map((method) => [method.id, method]));

export function findBuiltInMethod(id: string): BuiltInMethod | undefined {
  return BY_ID.get(id);
}

export function builtInLibrary(locale: Locale): MethodView[] {
  return BUILT_IN_METHODS.map((method) => localiseMethod(method, locale));
}
