import type { Locale } from "@samspel/core";
import type { TFunction } from "i18next";
import { createContext, type ReactNode, useContext, useMemo } from "react";
import { useTranslation } from "react-i18next";

interface Scope {
  t: TFunction;
  /** For dates and numbers: the same language as the words around them. */
  language: string;
}

const SessionLanguageContext = createContext<Scope | null>(null);

/**
 * Renders its children's strings in a session's language, whatever the reader's interface
 * language. A decision record reads in the language the group decided in (a Norwegian
 * session's record reads in Norwegian to a Swedish reader too), and the wall speaks to the room.
 * i18next's getFixedT gives a `t` bound to that language without switching the app's own, so
 * the header and everything outside stay in the reader's language. The caller sets `lang` on
 * its root element, so screen readers pronounce the text right.
 */
export function SessionLanguage({ language, children }: { language: Locale; children: ReactNode }) {
  const { i18n } = useTranslation();
  const scope = useMemo(() => ({ t: i18n.getFixedT(language), language }), [i18n, language]);
  return (
    <SessionLanguageContext.Provider value={scope}>{children}</SessionLanguageContext.Provider>
  );
}

/** `t` in the session's language inside `SessionLanguage`, the interface language outside it. */
export function useSessionT(): Scope {
  const scope = useContext(SessionLanguageContext);
  const { t, i18n } = useTranslation();
  return scope ?? { t, language: i18n.resolvedLanguage ?? i18n.language };
}
