import {
  type ActionActor,
  type ActionStatusChange,
  type ActionWithComments,
  calendarDay,
  type DecisionStatus,
  isOverdue,
  type Member,
  mayChangeActionStatus,
} from "@samspel/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { changeActionStatus } from "../../api/actions";
import { ErrorAlert } from "../../components/Alert";
import { TextAreaField } from "../../forms/TextAreaField";
import { errorMessage } from "../../lib/error-message";
import { ActionComments } from "./ActionComments";
import { ActionFacts } from "./ActionFacts";
import { ActionManageForm } from "./ActionManageForm";
import { useRun } from "./use-run";

interface ActionItemProps {
  action: ActionWithComments;
  /** Where its decision is in its life: a superseded or revoked decision's actions are not late. */
  decisionStatus: DecisionStatus;
  actor: ActionActor;
  /** The organisation's members, to link the owner to (managers only). */
  members: readonly Member[];
  canManage: boolean;
  onChanged: (action: ActionWithComments) => void;
}

/** One action: its facts, the status moves the reader may make, its owner and its comments. */
export function ActionItem({
  action,
  decisionStatus,
  actor,
  members,
  canManage,
  onChanged,
}: ActionItemProps) {
  const { t } = useTranslation();
  const { pending, failure, run } = useRun();
  const [dropping, setDropping] = useState(false);
  const [missingReason, setMissingReason] = useState(false);
  const mayChange = mayChangeActionStatus(actor, action.ownerUserId);
  const overdue = isOverdue({ ...action, decisionStatus }, calendarDay(new Date()));

  const change = (statusChange: ActionStatusChange) =>
    run(
      () => changeActionStatus(action.id, statusChange),
      (updated) => {
        setDropping(false);
        onChanged({ ...updated, comments: action.comments });
      },
    );

  const onDrop = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get("reason") ?? "").trim();
    setMissingReason(reason === "");
    if (reason !== "") void change({ status: "dropped", reason });
  };

  return (
    <li
      className={overdue ? "action-item action-item-overdue" : "action-item"}
      data-testid="action-item"
      data-status={action.status}
    >
      <ActionFacts action={action} overdue={overdue} />
      {failure !== null && <ErrorAlert>{errorMessage(failure, t)}</ErrorAlert>}
      {mayChange && !dropping && (
        <div className="actions">
          {action.status === "open" ? (
            <>
              <button
                type="button"
                className="button button-primary"
                disabled={pending}
                onClick={() => void change({ status: "done" })}
              >
                {t("actions.panel.markDone")}
              </button>
              <button
                type="button"
                className="button button-secondary"
                disabled={pending}
                onClick={() => setDropping(true)}
              >
                {t("actions.panel.drop")}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button button-secondary"
              disabled={pending}
              onClick={() => void change({ status: "open" })}
            >
              {t("actions.panel.reopen")}
            </button>
          )}
        </div>
      )}
      {dropping && (
        <form className="stack" onSubmit={onDrop} noValidate>
          <TextAreaField
            name="reason"
            label={t("actions.panel.dropReason")}
            error={missingReason ? t("actions.panel.dropReasonRequired") : undefined}
            maxLength={2_000}
          />
          <div className="actions">
            <button type="submit" className="button button-danger" disabled={pending}>
              {t("actions.panel.confirmDrop")}
            </button>
            <button
              type="button"
              className="button button-quiet"
              onClick={() => setDropping(false)}
            >
              {t("actions.panel.cancel")}
            </button>
          </div>
        </form>
      )}
      {canManage && (
        <ActionManageForm
          action={action}
          members={members}
          onSaved={(updated) => onChanged({ ...updated, comments: action.comments })}
        />
      )}
      <ActionComments
        action={action}
        onCommented={(comment) => onChanged({ ...action, comments: [...action.comments, comment] })}
      />
    </li>
  );
}
