import { isDecisionLive, type ListedAction } from "@samspel/core";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { changeActionStatus } from "../../api/actions";
import { ErrorAlert } from "../../components/Alert";
import { errorMessage } from "../../lib/error-message";
import { ActionFacts } from "./ActionFacts";
import { useRun } from "./use-run";

/**
 * Actions from several decisions, each with a link to its decision. With `onChanged`, the
 * reader ticks their own off here or reopens them; dropping asks for a reason on the decision.
 */
export function ListedActions({
  actions,
  onChanged,
  testId,
}: {
  actions: readonly ListedAction[];
  onChanged?: (action: ListedAction) => void;
  testId: string;
}) {
  return (
    <ol className="action-items" data-testid={testId}>
      {actions.map((action) => (
        <ListedActionItem key={action.id} action={action} onChanged={onChanged} />
      ))}
    </ol>
  );
}

function ListedActionItem({
  action,
  onChanged,
}: {
  action: ListedAction;
  onChanged: ((action: ListedAction) => void) | undefined;
}) {
  const { t } = useTranslation();
  const { pending, failure, run } = useRun();
  const live = isDecisionLive(action.decisionStatus);
  const toggle = () =>
    run(
      () => changeActionStatus(action.id, { status: action.status === "open" ? "done" : "open" }),
      (updated) => onChanged?.({ ...action, ...updated, overdue: false }),
    );
  return (
    <li
      className={action.overdue ? "action-item action-item-overdue" : "action-item"}
      data-testid="action-item"
      data-status={action.status}
    >
      <ActionFacts action={action} overdue={action.overdue} />
      <p>
        <Link href={`/decisions/${encodeURIComponent(action.decisionId)}`}>
          {t("actions.mine.fromDecision", { title: action.decisionTitle })}
        </Link>
        {!live && (
          <>
            {" "}
            <span className="badge" data-testid="decision-status">
              {t(`decisions.statuses.${action.decisionStatus}`)}
            </span>
          </>
        )}
      </p>
      {/* Still listed, unflagged, so the owner sees why and ties the loose end up. */}
      {!live && action.status === "open" && (
        <p className="muted">{t("actions.mine.decisionEnded")}</p>
      )}
      {failure !== null && <ErrorAlert>{errorMessage(failure, t)}</ErrorAlert>}
      {onChanged && action.status !== "dropped" && (
        <div className="actions">
          <button
            type="button"
            className={
              action.status === "open" ? "button button-primary" : "button button-secondary"
            }
            disabled={pending}
            onClick={() => void toggle()}
          >
            {action.status === "open" ? t("actions.panel.markDone") : t("actions.panel.reopen")}
          </button>
        </div>
      )}
    </li>
  );
}
