import {
  type ColumnMapping,
  type EventLog,
  type ImportPlan,
  type ImportReport,
  MAPPING_ROLES,
  type MappingRole,
} from "@samspel/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { confirmEventLog, uploadEventLog } from "../../api/processes";
import { SelectField } from "../../forms/SelectField";
import { SubmitButton } from "../../forms/SubmitButton";
import { useAction } from "../use-action";
import { FileUploadForm } from "./FileUploadForm";
import { FlowErrorAlert } from "./FlowErrorAlert";
import { ImportReportView } from "./ImportReportView";
import { PlanPreview } from "./PlanPreview";

type Step =
  | { step: "choose" }
  | { step: "map"; plan: ImportPlan }
  | { step: "done"; report: ImportReport };

const REQUIRED: readonly MappingRole[] = ["caseId", "activity", "timestamp"];

/**
 * Import in the steps a person can check: upload, read what was detected (dialect, timestamp
 * formats, the first rows) and confirm or correct which column is what, then see the report.
 */
export function ImportWizard({
  processId,
  onImported,
}: {
  processId: string;
  onImported: (eventLog: EventLog) => void;
}) {
  const { t } = useTranslation();
  const [state, setState] = useState<Step>({ step: "choose" });
  const { pending, failure, run } = useAction();
  const onUpload = (file: File) => {
    void run(async () => setState({ step: "map", plan: await uploadEventLog(processId, file) }));
  };

  const onConfirm = (plan: ImportPlan, mapping: ColumnMapping) => {
    void run(async () => {
      const imported = await confirmEventLog(processId, plan.uploadId, { mapping });
      setState({ step: "done", report: imported.report });
      onImported(imported.eventLog);
    });
  };

  return (
    <div className="stack">
      {failure !== null && <FlowErrorAlert error={failure} />}
      {state.step === "choose" && (
        <FileUploadForm
          label={t("flow.import.file")}
          hint={t("flow.import.fileHint")}
          accept=".csv,.txt,.xes,.gz,text/csv,application/xml"
          pending={pending}
          onFile={onUpload}
        >
          <p>{t("flow.import.intro")}</p>
        </FileUploadForm>
      )}
      {state.step === "map" && (
        <MappingStep
          plan={state.plan}
          pending={pending}
          onConfirm={(mapping) => onConfirm(state.plan, mapping)}
          onRestart={() => setState({ step: "choose" })}
        />
      )}
      {state.step === "done" && (
        <>
          <ImportReportView report={state.report} />
          <div className="actions">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setState({ step: "choose" })}
            >
              {t("flow.import.another")}
            </button>
          </div>
        </>
      )}
    </div>
  );
}

function MappingStep({
  plan,
  pending,
  onConfirm,
  onRestart,
}: {
  plan: ImportPlan;
  pending: boolean;
  onConfirm: (mapping: ColumnMapping) => void;
  onRestart: () => void;
}) {
  const { t } = useTranslation();
  const [mapping, setMapping] = useState<ColumnMapping>(plan.mapping);
  const [missing, setMissing] = useState<MappingRole[]>([]);
  const csv = plan.format === "csv";

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const unset = csv ? REQUIRED.filter((role) => !mapping[role]) : [];
    setMissing(unset);
    if (unset.length === 0) onConfirm(mapping);
  };

  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <PlanPreview plan={plan} />
      {csv ? (
        <fieldset className="mapping-grid">
          <legend>{t("flow.import.mappingTitle")}</legend>
          {MAPPING_ROLES.map((role) => (
            <SelectField
              key={role}
              name={role}
              label={t(`flow.import.roles.${role}`)}
              value={mapping[role] ?? ""}
              error={missing.includes(role) ? t("validation.required") : undefined}
              onChange={(event) => {
                const value = event.target.value;
                setMapping((current) => {
                  const next = { ...current };
                  if (value) next[role] = value;
                  else delete next[role];
                  return next;
                });
              }}
            >
              <option value="">
                {REQUIRED.includes(role) ? t("flow.import.choose") : t("flow.import.none")}
              </option>
              {plan.columns.map((column) => (
                <option key={column} value={column}>
                  {column}
                </option>
              ))}
            </SelectField>
          ))}
        </fieldset>
      ) : (
        <p>{t("flow.import.xesMapping")}</p>
      )}
      <div className="actions">
        <SubmitButton
          pending={pending}
          label={t("flow.import.confirm")}
          pendingLabel={t("flow.import.importing")}
        />
        <button type="button" className="button button-quiet" onClick={onRestart}>
          {t("flow.import.otherFile")}
        </button>
      </div>
    </form>
  );
}
