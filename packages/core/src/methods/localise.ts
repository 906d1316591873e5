import type { Locale } from "../accounts/locales.js";
import type { BuiltInMethod, MethodView } from "./schema.js";

/**
 * A built-in method as read in one language. Apart from the library (`library.ts`) so that code
 * which only reshapes a method, such as `step-input.ts`, does not pull every method's texts into
 * the browser's bundle.
 */
export function localiseMethod(method: BuiltInMethod, locale: Locale): MethodView {
  const { texts, ...shape } = method;
  return { ...shape, source: "builtin", language: locale, ...texts[locale] };
}
