import type { TFunction } from "i18next";
import { LiveCommandError } from "../../live/live-connection";

const TRANSLATED = [
  "not_your_turn",
  "vote_budget_exhausted",
  "ground_rules_not_acknowledged",
  "text_empty",
  "text_too_long",
  "kind_not_allowed",
  "session_not_running",
  "phase_closed",
  "round_in_progress",
  "rate_limited",
  "timeout",
  "not_allowed",
] as const;
type Translated = (typeof TRANSLATED)[number];

/** A refused command as a sentence; codes without their own text get a calm general one. */
export function liveErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof LiveCommandError && (TRANSLATED as readonly string[]).includes(error.code)) {
    return t(`live.errors.${error.code as Translated}`);
  }
  return t("live.errorGeneric");
}
