import { type Locale, matchLocale } from "@samspel/core";
import type { FastifyRequest } from "fastify";

/** The first of our languages the browser asks for, if any. */
export function acceptedLocale(request: FastifyRequest): Locale | undefined {
  const header = request.headers["accept-language"] ?? "";
  for (const part of header.split(",")) {
    const locale = matchLocale(part.split(";")[0]);
    if (locale) return locale;
  }
  return undefined;
}
