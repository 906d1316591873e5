import {
  idSchema,
  isLocale,
  LOCALES,
  type Locale,
  MAX_GROUP_SIZE,
  MAX_METHOD_MINUTES,
  PHASES,
} from "@samspel/core";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { AppError } from "../../errors.js";
import { acceptedLocale } from "../accept-language.js";

export const methodParamsSchema = z.strictObject({ methodId: idSchema });
export const orgParamsSchema = z.strictObject({ orgId: idSchema });
export const orgMethodParamsSchema = z.strictObject({ orgId: idSchema, methodId: idSchema });

/**
 * `lang` is checked by hand rather than as an enum, so that a language the library lacks answers
 * its own code (`unsupported_language`) and a client can tell it from a malformed filter.
 */
const langSchema = z.string().max(35).optional();

export const languageQuerySchema = z.strictObject({ lang: langSchema });

// Query strings arrive as text: numbers are coerced.
export const methodSearchQuerySchema = z.strictObject({
  lang: langSchema,
  q: z.string().max(200).optional(),
  phase: z.enum(PHASES).optional(),
  size: z.coerce.number().int().min(1).max(MAX_GROUP_SIZE).optional(),
  minutes: z.coerce.number().int().min(1).max(MAX_METHOD_MINUTES).optional(),
});
export type MethodSearchQuery = z.infer<typeof methodSearchQuerySchema>;

/** The language asked for, else the browser's, else English. */
export function libraryLanguage(request: FastifyRequest, lang: string | undefined): Locale {
  if (lang === undefined) return acceptedLocale(request) ?? "en";
  if (isLocale(lang)) return lang;
  throw new AppError(
    400,
    "unsupported_language",
    `The method library is written in ${LOCALES.join(", ")}; ask for one of those.`,
    { path: ["lang"], supported: LOCALES },
  );
}
