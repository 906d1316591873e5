import { createProcessBodySchema, type Member, type Process } from "@samspel/core";
import { useTranslation } from "react-i18next";
import { createProcess, updateProcess } from "../../../api/processes";
import { ErrorAlert } from "../../../components/Alert";
import { Field } from "../../../forms/Field";
import { MemberSelectField } from "../../../forms/MemberSelectField";
import { SelectField } from "../../../forms/SelectField";
import { SubmitButton } from "../../../forms/SubmitButton";
import { TextAreaField } from "../../../forms/TextAreaField";
import { useApiForm } from "../../../forms/use-api-form";
import { selfAndDescendants } from "./tree";

interface ProcessFormProps {
  orgId: string;
  members: Member[];
  processes: Process[];
  /** Absent: a new process. */
  process?: Process;
  onSaved: (process: Process) => void;
}

/** Form fields as the API takes them: one unit per line; an empty choice is "none". */
function toBody(values: Record<string, string>) {
  return {
    name: values.name ?? "",
    purpose: values.purpose ?? "",
    ownerUserId: values.ownerUserId || null,
    parentId: values.parentId || null,
    units: (values.units ?? "")
      .split("\n")
      .map((unit) => unit.trim())
      .filter((unit) => unit.length > 0),
  };
}

export function ProcessForm({ orgId, members, processes, process, onSaved }: ProcessFormProps) {
  const { t } = useTranslation();
  const form = useApiForm({
    // The form always sends every field, so the create schema checks edits as well.
    schema: createProcessBodySchema,
    toBody,
    submit: (body) => (process ? updateProcess(process.id, body) : createProcess(orgId, body)),
    onSuccess: (saved) => onSaved(saved),
  });
  const excluded = process ? selfAndDescendants(processes, process.id) : new Set<string>();
  const parents = processes.filter((candidate) => !excluded.has(candidate.id));
  return (
    <form ref={form.formRef} className="stack" onSubmit={form.onSubmit} noValidate>
      {form.formError && <ErrorAlert>{form.formError}</ErrorAlert>}
      <Field
        name="name"
        label={t("flow.process.name")}
        defaultValue={process?.name}
        maxLength={200}
        required
        error={form.fieldError("name")}
      />
      <TextAreaField
        name="purpose"
        label={t("flow.process.purpose")}
        hint={t("flow.process.purposeHint")}
        defaultValue={process?.purpose}
        rows={3}
        maxLength={5000}
        error={form.fieldError("purpose")}
      />
      <MemberSelectField
        name="ownerUserId"
        label={t("flow.process.owner")}
        noneLabel={t("flow.process.noOwner")}
        members={members}
        defaultValue={process?.ownerUserId ?? ""}
        error={form.fieldError("ownerUserId")}
      />
      <SelectField
        name="parentId"
        label={t("flow.process.parent")}
        defaultValue={process?.parentId ?? ""}
        error={form.fieldError("parentId")}
      >
        <option value="">{t("flow.process.noParent")}</option>
        {parents.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.name}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        name="units"
        label={t("flow.process.units")}
        hint={t("flow.process.unitsHint")}
        defaultValue={process?.units.join("\n")}
        rows={3}
        error={form.fieldError("units")}
      />
      <div className="actions">
        <SubmitButton
          pending={form.pending}
          label={process ? t("flow.process.save") : t("flow.process.create")}
          pendingLabel={t("flow.process.saving")}
        />
      </div>
    </form>
  );
}
