import type { Locale } from "@samspel/core";
import type { TFunction } from "i18next";
import { createContext, type ReactNode, Suspense, useContext, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Loading } from "./Loading";

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
 *
 * The session's language may not be loaded yet (a Swedish record read in English): until it is,
 * the children wait behind a loading line in the reader's language rather than show English.
 */
export function SessionLanguage({ language, children }: { language: Locale; children: ReactNode }) {
  return (
    <Suspense fallback={<Loading />}>
      <ScopedToLanguage language={language}>{children}</ScopedToLanguage>
    </Suspense>
  );
}

function ScopedToLanguage({ language, children }: { language: Locale; children: ReactNode }) {
  // Stable options: react-i18next recomputes its `t` whenever the options object changes.
  const options = useMemo(() => ({ lng: language }), [language]);
  // With `lng`, useTranslation suspends until that language is loaded and binds `t` to it.
  const { t } = useTranslation(undefined, options);
  const scope = useMemo(() => ({ t, language }), [t, language]);
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
