import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { ApiError } from "../../api/client";
import { fetchPublicMethod } from "../../api/methods";
import { LoadError } from "../../components/LoadError";
import { Loading } from "../../components/Loading";
import { NothingHere } from "../../components/NothingHere";
import { useDocumentTitle } from "../../lib/use-document-title";
import { useResource } from "../../lib/use-resource";
import { MethodDetail } from "../../methods/MethodDetail";
import { useContentLanguage, withLanguage } from "../../methods/use-content-language";

export function MethodPage({ methodId }: { methodId: string }) {
  const { t } = useTranslation();
  const [language] = useContentLanguage();
  const method = useResource(`method:${methodId}:${language}`, (signal) =>
    fetchPublicMethod(methodId, language, signal),
  );
  useDocumentTitle(method.status === "ready" ? method.data.name : t("methods.title"));
  if (method.status === "loading") return <Loading />;
  if (method.status === "error") {
    return method.error instanceof ApiError && method.error.code === "method_not_found" ? (
      <NothingHere title={t("methods.title")}>{t("methods.detail.notFound")}</NothingHere>
    ) : (
      <LoadError error={method.error} onRetry={method.reload} />
    );
  }
  return (
    <div className="stack-lg">
      <p>
        <Link href={withLanguage("/methods", language)}>← {t("methods.detail.back")}</Link>
      </p>
      <MethodDetail method={method.data} />
    </div>
  );
}
