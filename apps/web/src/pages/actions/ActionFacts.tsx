import type { Action } from "@samspel/core";
import { useTranslation } from "react-i18next";
import { formatDateTime, formatDay } from "../../lib/format";

/** What an action is, whose, by when, and where it stands: the lines every list shows. */
export function ActionFacts({ action, overdue }: { action: Action; overdue: boolean }) {
  const { t, i18n } = useTranslation();
  const owner =
    action.ownerName === null
      ? action.owner
      : `${action.owner} (${t("actions.panel.linkedTo", { name: action.ownerName })})`;
  return (
    <div className="action-facts">
      <p className="action-head">
        <strong className="action-what">{action.what}</strong>
        <span className={`badge badge-action-${action.status}`}>
          {t(`actions.statuses.${action.status}`)}
        </span>
        {overdue && <span className="badge badge-overdue">{t("actions.panel.overdue")}</span>}
      </p>
      <p className="action-meta">
        {t("actions.panel.owner", { owner })}
        {" · "}
        {action.dueDate
          ? t("actions.panel.due", { date: formatDay(action.dueDate, i18n.language) })
          : t("actions.panel.noDue")}
      </p>
      {action.statusReason && <p>{t("actions.panel.reason", { reason: action.statusReason })}</p>}
      {action.status !== "open" && action.statusChangedAt && action.statusChangedByName && (
        <p className="muted">
          {t("actions.panel.changedBy", {
            status: t(`actions.statuses.${action.status}`),
            name: action.statusChangedByName,
            date: formatDateTime(action.statusChangedAt, i18n.language),
          })}
        </p>
      )}
      {action.addedByName && (
        <p className="muted">{t("actions.panel.addedBy", { name: action.addedByName })}</p>
      )}
    </div>
  );
}
