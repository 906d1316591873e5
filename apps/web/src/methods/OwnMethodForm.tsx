import {
  CONTRIBUTION_KINDS,
  GROUPING_MODES,
  type Locale,
  MAX_DOT_VOTE_BUDGET,
  METHOD_CATEGORIES,
  METHOD_ROUND_KINDS,
  type OrganisationMethod,
  organisationMethodBodySchema,
  PHASES,
} from "@samspel/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { createOwnMethod, updateOwnMethod } from "../api/methods";
import { ErrorAlert } from "../components/Alert";
import { LanguageOptions } from "../components/LanguageOptions";
import { Field } from "../forms/Field";
import { FieldError } from "../forms/FieldError";
import { SelectField } from "../forms/SelectField";
import { SubmitButton } from "../forms/SubmitButton";
import { TextAreaField } from "../forms/TextAreaField";
import { useApiForm } from "../forms/use-api-form";
import { ownMethodBody } from "./own-method-body";

interface OwnMethodFormProps {
  orgId: string;
  /** Absent: a new method, written in `language`. */
  method?: OrganisationMethod;
  language: Locale;
  onSaved: (method: OrganisationMethod) => void;
  onCancel?: () => void;
}

/** The fields written as paragraphs or one item per line; each has its label in methods.form. */
type LongTextField = "purpose" | "whenToUse" | "steps" | "goodQuestions" | "materials" | "pitfalls";

export function OwnMethodForm({ orgId, method, language, onSaved, onCancel }: OwnMethodFormProps) {
  const { t } = useTranslation();
  const form = useApiForm({
    // The form always sends every field, so the create schema checks edits as well.
    schema: organisationMethodBodySchema,
    toBody: ownMethodBody,
    submit: (body) =>
      method ? updateOwnMethod(orgId, method.id, body) : createOwnMethod(orgId, body),
    onSuccess: (saved) => onSaved(saved),
  });
  const settings = method?.live.settings;
  const textArea = (name: LongTextField, value: string | undefined, hint?: string) => (
    <TextAreaField
      name={name}
      label={t(`methods.form.${name}`)}
      hint={hint}
      defaultValue={value}
      rows={3}
      error={form.fieldError(name)}
    />
  );
  const linesHint = t("methods.form.linesHint");
  return (
    <form ref={form.formRef} className="stack" onSubmit={form.onSubmit} noValidate>
      {form.formError && <ErrorAlert>{form.formError}</ErrorAlert>}
      <Field
        name="name"
        label={t("methods.form.name")}
        defaultValue={method?.name}
        maxLength={120}
        required
        error={form.fieldError("name")}
      />
      <div className="form-row">
        <SelectField
          name="language"
          label={t("methods.form.language")}
          defaultValue={method?.language ?? language}
          error={form.fieldError("language")}
        >
          <LanguageOptions />
        </SelectField>
        <SelectField
          name="category"
          label={t("methods.form.category")}
          defaultValue={method?.category ?? "opening"}
          error={form.fieldError("category")}
        >
          {METHOD_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {t(`methods.categories.${category}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <Checkboxes
        legend={t("methods.form.phases")}
        error={form.fieldError("phases")}
        options={PHASES.map((phase) => ({
          name: `phase-${phase}`,
          label: t(`live.phases.${phase}`),
          checked: method ? method.phases.includes(phase) : phase === "other",
        }))}
      />
      <div className="form-row">
        <RangeFields
          names={["groupMin", "groupMax"]}
          labels={[t("methods.form.groupMin"), t("methods.form.groupMax")]}
          values={[method?.groupSize.min ?? 2, method?.groupSize.max ?? 20]}
          error={form.fieldError("groupSize")}
        />
        <RangeFields
          names={["minutesMin", "minutesMax"]}
          labels={[t("methods.form.minutesMin"), t("methods.form.minutesMax")]}
          values={[method?.minutes.min ?? 5, method?.minutes.max ?? 15]}
          error={form.fieldError("minutes")}
        />
      </div>
      {textArea("purpose", method?.purpose)}
      {textArea("whenToUse", method?.whenToUse)}
      {textArea("steps", method?.steps.join("\n"), linesHint)}
      <Field
        name="question"
        label={t("methods.form.question")}
        defaultValue={method?.question}
        maxLength={500}
        error={form.fieldError("question")}
      />
      {textArea("goodQuestions", method?.goodQuestions.join("\n"), linesHint)}
      {textArea("materials", method?.materials.join("\n"), linesHint)}
      {textArea("pitfalls", method?.pitfalls.join("\n"), linesHint)}
      <fieldset className="stack method-live-fields">
        <legend className="label">{t("methods.form.liveTitle")}</legend>
        <div className="form-row">
          <SelectField
            name="round"
            label={t("methods.form.round")}
            defaultValue={method?.live.round ?? ""}
            error={form.fieldError("live")}
          >
            <option value="">{t("methods.form.noRound")}</option>
            {METHOD_ROUND_KINDS.map((round) => (
              <option key={round} value={round}>
                {t(`methods.rounds.${round}`)}
              </option>
            ))}
          </SelectField>
          <NumberField
            name="timebox"
            label={t("methods.form.timebox")}
            value={method ? Math.round(method.live.timeboxSeconds / 60) : 10}
          />
          <NumberField
            name="dotVoteBudget"
            label={t("methods.form.dotVoteBudget")}
            value={settings?.dotVoteBudget ?? 0}
            max={MAX_DOT_VOTE_BUDGET}
          />
          <SelectField
            name="grouping"
            label={t("methods.form.grouping")}
            defaultValue={settings?.grouping ?? "off"}
          >
            {GROUPING_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {t(`methods.detail.grouping.${mode}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <Checkboxes
          legend={t("methods.form.contributionKinds")}
          options={CONTRIBUTION_KINDS.map((kind) => ({
            name: `kind-${kind}`,
            label: t(`live.kinds.${kind}`),
            checked: settings ? settings.contributionKinds.includes(kind) : kind === "comment",
          }))}
        />
        <Checkboxes
          legend={t("methods.form.liveTitle")}
          hideLegend
          options={[
            { name: "silent", label: t("methods.form.silent"), checked: settings?.silent ?? false },
            {
              name: "reactions",
              label: t("methods.form.reactions"),
              checked: settings?.reactions ?? true,
            },
          ]}
        />
      </fieldset>
      <div className="actions">
        <SubmitButton
          pending={form.pending}
          label={method ? t("methods.form.save") : t("methods.form.create")}
          pendingLabel={t("methods.form.saving")}
        />
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t("methods.form.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}

interface NumberFieldProps {
  name: string;
  label: string;
  value: number;
  max?: number;
  error?: string | undefined;
}

function NumberField({ name, label, value, max, error }: NumberFieldProps) {
  return (
    <Field
      name={name}
      label={label}
      type="number"
      inputMode="numeric"
      min={0}
      max={max}
      defaultValue={value}
      className="input-number"
      error={error}
    />
  );
}

interface RangeFieldsProps {
  names: [string, string];
  labels: [string, string];
  values: [number, number];
  /** The range's issue (min above max) is shown at its upper end. */
  error: string | undefined;
}

function RangeFields({ names, labels, values, error }: RangeFieldsProps) {
  return (
    <>
      <NumberField name={names[0]} label={labels[0]} value={values[0]} />
      <NumberField name={names[1]} label={labels[1]} value={values[1]} error={error} />
    </>
  );
}

interface CheckboxesProps {
  legend: string;
  hideLegend?: boolean;
  options: { name: string; label: string; checked: boolean }[];
  error?: string | undefined;
}

function Checkboxes({ legend, hideLegend, options, error }: CheckboxesProps) {
  const errorId = `${useId()}-error`;
  return (
    <fieldset
      className={error ? "checkbox-list field-invalid" : "checkbox-list"}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className={hideLegend ? "visually-hidden" : undefined}>{legend}</legend>
      {error && <FieldError id={errorId}>{error}</FieldError>}
      {options.map((option) => (
        <label key={option.name} className="checkbox">
          <input type="checkbox" name={option.name} defaultChecked={option.checked} />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
