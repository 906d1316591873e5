import type { AnonymityMode } from "@samspel/core";
import type { TFunction } from "i18next";

/**
 * Who wrote or answered something, as the record may say it: their name; "unnamed" in a named
 * session for someone who gave no name; nothing at all where the anonymity mode hid it (the
 * record's closing note says why, once, rather than "anonymous" on every line).
 */
export function authorLabel(
  name: string | null,
  anonymity: AnonymityMode,
  t: TFunction,
): string | null {
  if (name) return name;
  return anonymity === "named" ? t("decisions.unnamed") : null;
}

/** A person in the list of who took part, where everyone is listed, named or not. */
export function personLabel(name: string | null, anonymity: AnonymityMode, t: TFunction): string {
  return authorLabel(name, anonymity, t) ?? t("decisions.anonymous");
}
