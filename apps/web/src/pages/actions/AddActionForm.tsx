import { type Action, type Member, newActionSchema } from "@samspel/core";
import { useTranslation } from "react-i18next";
import { addAction } from "../../api/actions";
import { ErrorAlert } from "../../components/Alert";
import { Field } from "../../forms/Field";
import { MemberSelectField } from "../../forms/MemberSelectField";
import { SubmitButton } from "../../forms/SubmitButton";
import { useApiForm } from "../../forms/use-api-form";

/** For decision managers: an action the meeting did not name, added afterwards. */
export function AddActionForm({
  decisionId,
  members,
  onAdded,
}: {
  decisionId: string;
  members: readonly Member[];
  onAdded: (action: Action) => void;
}) {
  const { t } = useTranslation();
  const form = useApiForm({
    schema: newActionSchema,
    // Blank optional fields are left out or sent as null, as the API wants them.
    toBody: (values) => ({
      what: values.what,
      owner: values.owner,
      dueDate: values.dueDate || null,
      ...(values.ownerUserId && { ownerUserId: values.ownerUserId }),
    }),
    submit: (body) => addAction(decisionId, body),
    onSuccess: (action, element) => {
      element.reset();
      onAdded(action);
    },
  });
  return (
    <details className="action-add">
      <summary>{t("actions.panel.addTitle")}</summary>
      <form ref={form.formRef} onSubmit={form.onSubmit} noValidate className="stack">
        {form.formError && <ErrorAlert>{form.formError}</ErrorAlert>}
        <Field
          name="what"
          label={t("actions.panel.addWhat")}
          required
          error={form.fieldError("what")}
        />
        <Field
          name="owner"
          label={t("actions.panel.addOwner")}
          required
          error={form.fieldError("owner")}
        />
        <MemberSelectField
          name="ownerUserId"
          label={t("actions.panel.ownerMember")}
          noneLabel={t("actions.panel.notLinked")}
          members={members}
        />
        <Field
          name="dueDate"
          type="date"
          label={t("actions.panel.dueDate")}
          error={form.fieldError("dueDate")}
        />
        <div className="actions">
          <SubmitButton
            pending={form.pending}
            label={t("actions.panel.addSubmit")}
            pendingLabel={t("common.saving")}
          />
        </div>
      </form>
    </details>
  );
}
