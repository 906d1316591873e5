import { SCORE_KINDS, type ScoreMapping, type ScoresPlan } from "@samspel/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { confirmScores, uploadScores } from "../../api/processes";
import { SelectField } from "../../forms/SelectField";
import { SubmitButton } from "../../forms/SubmitButton";
import { useAction } from "../use-action";
import { FileUploadForm } from "./FileUploadForm";
import { FlowErrorAlert } from "./FlowErrorAlert";

/** Customer-experience scores: upload a CSV, say which column is what, import. */
export function ScoresImport({
  processId,
  onImported,
}: {
  processId: string;
  onImported: () => void;
}) {
  const { t } = useTranslation();
  const [plan, setPlan] = useState<ScoresPlan | null>(null);
  const { pending, failure, run } = useAction();

  const onUpload = (file: File) => {
    void run(async () => setPlan(await uploadScores(processId, file)));
  };

  const onConfirm = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!plan) return;
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? "");
    const mapping: ScoreMapping = {
      score: text("score"),
      kind: SCORE_KINDS.find((kind) => kind === text("kind")) ?? "csat",
      ...(text("caseId") ? { caseId: text("caseId") } : {}),
      ...(text("date") ? { date: text("date") } : {}),
    };
    void run(async () => {
      await confirmScores(processId, plan.uploadId, mapping);
      setPlan(null);
      onImported();
    });
  };

  const columnSelect = (name: "score" | "caseId" | "date", optional: boolean) => (
    <SelectField
      name={name}
      label={t(`flow.experience.columns.${name}`)}
      defaultValue={plan?.mapping[name] ?? ""}
    >
      {optional && <option value="">{t("flow.import.none")}</option>}
      {plan?.columns.map((column) => (
        <option key={column} value={column}>
          {column}
        </option>
      ))}
    </SelectField>
  );

  return (
    <div className="stack">
      {failure !== null && <FlowErrorAlert error={failure} />}
      {plan === null ? (
        <FileUploadForm
          label={t("flow.experience.file")}
          hint={t("flow.experience.fileHint")}
          accept=".csv,text/csv"
          pending={pending}
          onFile={onUpload}
        />
      ) : (
        <form className="stack" onSubmit={onConfirm}>
          <p>{t("flow.experience.mapIntro", { file: plan.fileName })}</p>
          <div className="mapping-grid">
            {columnSelect("score", false)}
            {columnSelect("caseId", true)}
            {columnSelect("date", true)}
            <SelectField
              name="kind"
              label={t("flow.experience.kind")}
              defaultValue={plan.mapping.kind ?? "csat"}
            >
              {SCORE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`flow.experience.kinds.${kind}`)}
                </option>
              ))}
            </SelectField>
          </div>
          <div className="actions">
            <SubmitButton
              pending={pending}
              label={t("flow.import.confirm")}
              pendingLabel={t("flow.import.importing")}
            />
            <button type="button" className="button button-quiet" onClick={() => setPlan(null)}>
              {t("flow.import.otherFile")}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
