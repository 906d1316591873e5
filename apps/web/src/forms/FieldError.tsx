import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { AlertIcon } from "../components/AlertIcon";

export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <p id={id} className="field-error">
      <AlertIcon />
      <span className="visually-hidden">{t("common.errorPrefix")} </span>
      {children}
    </p>
  );
}
