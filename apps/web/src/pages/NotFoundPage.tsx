import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { PageHeading } from "../components/PageHeading";
import { useDocumentTitle } from "../lib/use-document-title";

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("notFound.title"));
  return (
    <div className="narrow">
      <div className="card stack">
        <PageHeading>{t("notFound.title")}</PageHeading>
        <p>{t("notFound.body")}</p>
        <div>
          <Link href="/" className="button button-secondary">
            {t("notFound.home")}
          </Link>
        </div>
      </div>
    </div>
  );
}
