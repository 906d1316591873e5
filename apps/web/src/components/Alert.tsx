import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { AlertIcon } from "./AlertIcon";

/** A failure that concerns the whole form or page; announced as soon as it appears. */
export function ErrorAlert({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="alert alert-error" role="alert">
      <AlertIcon />
      <p>
        <span className="visually-hidden">{t("common.errorPrefix")} </span>
        {children}
      </p>
    </div>
  );
}

/** A quiet confirmation ("Saved."), announced politely. */
export function SuccessNote({ children }: { children: ReactNode }) {
  return (
    <p className="note-success" role="status">
      {children}
    </p>
  );
}
