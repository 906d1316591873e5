import { isDomainErrorCode } from "@samspel/core";
import type { TFunction } from "i18next";
import { LiveCommandError } from "./live-connection";

/** Transport codes a person can act on; the others (a broken frame, say) get the general text. */
const TRANSPORT = ["rate_limited", "timeout", "validation_failed"] as const;
type Transport = (typeof TRANSPORT)[number];

function isTransport(code: string): code is Transport {
  return (TRANSPORT as readonly string[]).includes(code);
}

/** A refused command as a sentence in the reader's language; every domain code has its own. */
export function liveErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof LiveCommandError) {
    if (isDomainErrorCode(error.code)) return t(`consent.domainErrors.${error.code}`);
    if (isTransport(error.code)) return t(`consent.transportErrors.${error.code}`);
  }
  return t("live.errorGeneric");
}
