import type { Action, Member } from "@samspel/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { updateAction } from "../../api/actions";
import { ErrorAlert, SuccessNote } from "../../components/Alert";
import { Field } from "../../forms/Field";
import { MemberSelectField } from "../../forms/MemberSelectField";
import { errorMessage } from "../../lib/error-message";
import { useRun } from "./use-run";

/**
 * For decision managers: link the group's named owner to a member, so the action shows up in
 * that member's list and calendar, and move the due date.
 */
export function ActionManageForm({
  action,
  members,
  onSaved,
}: {
  action: Action;
  members: readonly Member[];
  onSaved: (action: Action) => void;
}) {
  const { t } = useTranslation();
  const { pending, failure, run } = useRun();
  const [saved, setSaved] = useState(false);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const ownerUserId = String(form.get("ownerUserId") ?? "");
    const dueDate = String(form.get("dueDate") ?? "");
    void run(
      () =>
        updateAction(action.id, {
          ownerUserId: ownerUserId === "" ? null : ownerUserId,
          dueDate: dueDate === "" ? null : dueDate,
        }),
      (updated) => {
        setSaved(true);
        onSaved(updated);
      },
    );
  };

  return (
    <details className="action-manage">
      <summary>{t("actions.panel.manage")}</summary>
      <form className="stack" onSubmit={onSubmit} onInput={() => setSaved(false)} noValidate>
        <MemberSelectField
          name="ownerUserId"
          label={t("actions.panel.ownerMember")}
          noneLabel={t("actions.panel.notLinked")}
          members={members}
          defaultValue={action.ownerUserId ?? ""}
          // Remounted once the members arrive, so the current owner is selected.
          key={members.length}
        />
        <Field
          name="dueDate"
          type="date"
          label={t("actions.panel.dueDate")}
          defaultValue={action.dueDate ?? ""}
        />
        {failure !== null && <ErrorAlert>{errorMessage(failure, t)}</ErrorAlert>}
        <div className="actions">
          <button type="submit" className="button button-secondary" disabled={pending}>
            {t("actions.panel.saveManage")}
          </button>
          {saved && <SuccessNote>{t("actions.panel.saved")}</SuccessNote>}
        </div>
      </form>
    </details>
  );
}
