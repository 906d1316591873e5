import { useTranslation } from "react-i18next";

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      <span className="loading-dots" aria-hidden="true">
        <span />
        <span />
        <span />
      </span>
      {label ?? t("app.loading")}
    </p>
  );
}
