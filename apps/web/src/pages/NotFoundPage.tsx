import { useTranslation } from "react-i18next";
import { NothingHere } from "../components/NothingHere";
import { useDocumentTitle } from "../lib/use-document-title";

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("notFound.title"));
  return <NothingHere title={t("notFound.title")}>{t("notFound.body")}</NothingHere>;
}
