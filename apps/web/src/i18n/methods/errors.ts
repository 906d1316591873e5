import type { Locale, MethodApiErrorCode } from "@samspel/core";

/** The method library's error codes, per language; spread into each locale's apiErrors. */
export const methodApiErrors: Record<Locale, Record<MethodApiErrorCode, string>> = {
  en: {
    method_not_found: "This method is not in the library.",
    unsupported_language: "The method library is written in English, Norwegian, Swedish and Dutch.",
  },
  nb: {
    method_not_found: "Denne metoden finnes ikke i biblioteket.",
    unsupported_language: "Metodebiblioteket er skrevet på engelsk, norsk, svensk og nederlandsk.",
  },
  sv: {
    method_not_found: "Den här metoden finns inte i biblioteket.",
    unsupported_language:
      "Metodbiblioteket är skrivet på engelska, norska, svenska och nederländska.",
  },
  nl: {
    method_not_found: "Deze methode staat niet in de bibliotheek.",
    unsupported_language:
      "De methodebibliotheek is geschreven in het Engels, Noors, Zweeds en Nederlands.",
  },
};
