import type { TFunction } from "i18next";
import { ApiError, NetworkError } from "../api/client";

/** A sentence for any failure, in the reader's language; the server's English stays in logs. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) return t(`apiErrors.${error.code}`);
  if (error instanceof NetworkError) return t("clientErrors.network");
  return t("clientErrors.unexpected");
}
