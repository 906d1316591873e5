import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { PageHeading } from "./PageHeading";

/**
 * A page with nothing to show at its address: a missing page, or an organisation the reader
 * may not open. The front page is the one place sure to work for anyone, so it is the way on.
 */
export function NothingHere({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <div className="card stack">
        <PageHeading>{title}</PageHeading>
        <p>{children}</p>
        <div>
          <Link href="/" className="button button-secondary">
            {t("notFound.home")}
          </Link>
        </div>
      </div>
    </div>
  );
}
