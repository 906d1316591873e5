import type { MethodView } from "@samspel/core";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";

export function MethodCard({ method, href }: { method: MethodView; href: string }) {
  const { t } = useTranslation();
  return (
    <li className="card method-card" data-testid="method-card" lang={method.language}>
      <div className="method-card-badges">
        <span className="badge">{t(`methods.categories.${method.category}`)}</span>
        {method.source === "organisation" && (
          <span className="badge badge-own">{t("methods.card.own")}</span>
        )}
      </div>
      <h3>
        <Link href={href}>{method.name}</Link>
      </h3>
      <p>{method.purpose}</p>
      <p className="muted method-facts">
        <span>{t("methods.card.people", method.groupSize)}</span>
        <span>{t("methods.card.minutes", method.minutes)}</span>
      </p>
    </li>
  );
}
