import { type Cohort, cohortChangeBodySchema } from "@samspel/core";
import { useTranslation } from "react-i18next";
import { changeCohort, removeStaff } from "../../api/training";
import { ErrorAlert } from "../../components/Alert";
import { Field } from "../../forms/Field";
import { useApiForm } from "../../forms/use-api-form";
import { FormFrame, numbers } from "./FormFrame";
import { PeriodFields } from "./Period";
import { useAction } from "./use-action";

/** The cohort's staff; coordinators may take someone off it. */
export function CohortStaff({ cohort, onChanged }: { cohort: Cohort; onChanged: () => void }) {
  const { t } = useTranslation();
  const action = useAction();
  if (cohort.staff.length === 0) return null;
  return (
    <div className="stack">
      {action.error && <ErrorAlert>{action.error}</ErrorAlert>}
      <ul className="plain-list" aria-label={t("training.staff.title")} data-testid="cohort-staff">
        {cohort.staff.map((person) => (
          <li key={`${person.role}:${person.userId}`} className="button-row">
            <span>
              {person.displayName} ({t(`training.staff.${person.role}`)})
            </span>
            {cohort.coordinating && (
              <button
                type="button"
                className="button button-secondary button-small"
                disabled={action.pending}
                aria-label={t("training.staff.removeNamed", { name: person.displayName })}
                onClick={() =>
                  action.run(() => removeStaff(cohort.id, person.role, person.userId), onChanged)
                }
              >
                {t("training.staff.remove")}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Coordinators change the name, dates or places. More places go to the waiting list at once, in
 * order; fewer than are held is refused by the server with its reason.
 */
export function CohortChangeForm({
  cohort,
  onChanged,
}: {
  cohort: Cohort;
  onChanged: (cohort: Cohort) => void;
}) {
  const { t } = useTranslation();
  const form = useApiForm({
    schema: cohortChangeBodySchema,
    toBody: (values) => numbers(values, ["capacity"]),
    submit: (body) => changeCohort(cohort.id, body),
    onSuccess: (changed) => onChanged(changed),
  });
  return (
    <details className="card">
      <summary>{t("training.cohorts.change")}</summary>
      <FormFrame form={form} submitLabel={t("training.cohorts.save")} testId="change-cohort">
        <CohortFields form={form} cohort={cohort} />
      </FormFrame>
    </details>
  );
}

/** A cohort's fields, empty for a new cohort or filled with the one being changed. */
export function CohortFields({
  form,
  cohort,
}: {
  form: { fieldError: (name: string) => string | undefined };
  cohort?: Pick<Cohort, "name" | "startsOn" | "endsOn" | "capacity">;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Field
        name="name"
        label={t("training.cohorts.name")}
        defaultValue={cohort?.name}
        error={form.fieldError("name")}
      />
      <PeriodFields form={form} period={cohort} />
      <Field
        name="capacity"
        type="number"
        min={1}
        label={t("training.cohorts.capacity")}
        hint={cohort && t("training.cohorts.capacityHint")}
        defaultValue={cohort?.capacity}
        error={form.fieldError("capacity")}
      />
    </>
  );
}
