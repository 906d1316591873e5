/**
 * The method library's error codes, kept apart from the main list so that work on other areas
 * merges without touching these lines.
 */
export const METHOD_API_ERROR_CODES = [
  "method_not_found",
  /** `lang` names a language the library is not written in (en, nb, sv, nl). */
  "unsupported_language",
] as const;

export type MethodApiErrorCode = (typeof METHOD_API_ERROR_CODES)[number];
