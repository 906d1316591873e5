import { useTranslation } from "react-i18next";
import { fetchPublicLibrary } from "../../api/methods";
import { LoadError } from "../../components/LoadError";
import { Loading } from "../../components/Loading";
import { PageHeading } from "../../components/PageHeading";
import { useDocumentTitle } from "../../lib/use-document-title";
import { useResource } from "../../lib/use-resource";
import { MethodLibrary } from "../../methods/MethodLibrary";
import { useContentLanguage, withLanguage } from "../../methods/use-content-language";

/** The public method library: no login, like the libraries facilitators already use. */
export function MethodsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("methods.title"));
  const [language, setLanguage] = useContentLanguage();
  const library = useResource(`methods:${language}`, (signal) =>
    fetchPublicLibrary(language, signal),
  );
  return (
    <div className="stack-lg">
      <div className="stack">
        <PageHeading>{t("methods.title")}</PageHeading>
        <p className="lead">{t("methods.intro")}</p>
      </div>
      {library.status === "loading" && <Loading />}
      {library.status === "error" && <LoadError error={library.error} onRetry={library.reload} />}
      {library.status === "ready" && (
        <MethodLibrary
          methods={library.data.methods}
          language={language}
          onLanguageChange={setLanguage}
          detailHref={(method) =>
            withLanguage(`/methods/${encodeURIComponent(method.id)}`, language)
          }
        />
      )}
    </div>
  );
}
