import type { Locale } from "../accounts/locales.js";
import { builtInLibrary } from "../methods/library.js";
import type { StepInput } from "../steps/schema.js";
import { type AgendaTemplateId, agendaFromLibrary } from "./templates.js";

/**
 * A template's steps in `language` from core's own library: for the server and tests. The
 * browser uses `agendaFromLibrary` with the library it fetched, so it never bundles the texts.
 */
export function agendaFromTemplate(id: AgendaTemplateId, language: Locale): StepInput[] {
  return agendaFromLibrary(id, builtInLibrary(language));
}
