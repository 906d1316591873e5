import {
  type Cohort,
  type Enrolment,
  practiceFeedbackBodySchema,
  staffBodySchema,
} from "@samspel/core";
import { useTranslation } from "react-i18next";
import {
  addStaff,
  assignSupervisor,
  fetchCertificates,
  givePracticeFeedback,
} from "../../api/training";
import { ErrorAlert } from "../../components/Alert";
import { SelectField } from "../../forms/SelectField";
import { TextAreaField } from "../../forms/TextAreaField";
import { useApiForm } from "../../forms/use-api-form";
import { useResource } from "../../lib/use-resource";
import { useSession } from "../../session/session-context";
import { FormFrame, resetThen } from "./FormFrame";
import { useAction } from "./use-action";

/**
 * Staff and supervision of a cohort: coordinators add certified supervisors and trainers and
 * pair trainees with a supervisor; a supervisor (or coordinator) answers each practice process
 * with feedback.
 */
export function SupervisionPanel({
  orgId,
  cohort,
  onChanged,
}: {
  orgId: string;
  cohort: Cohort;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { me } = useSession();
  const userId = me?.user.id;
  const supervised = cohort.enrolments.filter(
    (enrolment) =>
      (enrolment.status === "enrolled" || enrolment.status === "completed") &&
      (cohort.coordinating || enrolment.supervisorId === userId),
  );
  if (!cohort.coordinating && supervised.length === 0) return null;
  return (
    <section className="stack" aria-labelledby="supervision-title" data-testid="supervision">
      <h2 id="supervision-title">{t("training.supervision.title")}</h2>
      {cohort.coordinating && <StaffForm orgId={orgId} cohort={cohort} onAdded={onChanged} />}
      {supervised.map((enrolment) => (
        <TraineeSupervision
          key={enrolment.id}
          cohort={cohort}
          enrolment={enrolment}
          onChanged={onChanged}
        />
      ))}
    </section>
  );
}

function StaffForm({
  orgId,
  cohort,
  onAdded,
}: {
  orgId: string;
  cohort: Cohort;
  onAdded: () => void;
}) {
  const { t } = useTranslation();
  const certified = useResource(`certificates:${orgId}`, (signal) =>
    fetchCertificates(orgId, signal),
  );
  const people =
    certified.status === "ready"
      ? [...new Map(certified.data.map((c) => [c.userId, c.displayName])).entries()]
      : [];
  const form = useApiForm({
    schema: staffBodySchema,
    submit: (body) => addStaff(cohort.id, body.userId, body.role),
    onSuccess: resetThen(onAdded),
  });
  if (people.length === 0)
    return <p className="muted">{t("training.supervision.nobodyCertified")}</p>;
  return (
    <FormFrame form={form} submitLabel={t("training.supervision.add")} className="card stack">
      <SelectField name="userId" label={t("training.signups.person")}>
        {people.map(([id, name]) => (
          <option key={id} value={id}>
            {name}
          </option>
        ))}
      </SelectField>
      <SelectField name="role" label={t("training.supervision.role")} defaultValue="supervisor">
        <option value="supervisor">{t("training.staff.supervisor")}</option>
        <option value="trainer">{t("training.staff.trainer")}</option>
      </SelectField>
    </FormFrame>
  );
}

function TraineeSupervision({
  cohort,
  enrolment,
  onChanged,
}: {
  cohort: Cohort;
  enrolment: Enrolment;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const action = useAction();
  const supervisors = cohort.staff.filter((person) => person.role === "supervisor");
  return (
    <article className="card stack" data-testid="trainee-supervision">
      <h3>{enrolment.displayName}</h3>
      {action.error && <ErrorAlert>{action.error}</ErrorAlert>}
      {cohort.coordinating && supervisors.length > 0 && (
        <SelectField
          name={`supervisor-${enrolment.id}`}
          label={t("training.supervision.supervisor")}
          value={enrolment.supervisorId ?? ""}
          disabled={action.pending}
          onChange={(event) =>
            action.run(() => assignSupervisor(enrolment.id, event.target.value), onChanged)
          }
        >
          <option value="" disabled>
            {t("training.supervision.choose")}
          </option>
          {supervisors.map((person) => (
            <option key={person.userId} value={person.userId}>
              {person.displayName}
            </option>
          ))}
        </SelectField>
      )}
      {enrolment.practice.length === 0 ? (
        <p className="empty">{t("training.supervision.noPractice")}</p>
      ) : (
        <ul className="plain-list stack">
          {enrolment.practice.map((practice) => (
            <li key={practice.id} className="stack">
              <span>
                {practice.heldOn} · {practice.title} ({t(`training.practice.${practice.role}`)})
              </span>
              {practice.feedback ? (
                <p className="muted">
                  {t("training.practice.feedback", { text: practice.feedback })}
                </p>
              ) : (
                <FeedbackForm practiceId={practice.id} onGiven={onChanged} />
              )}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

function FeedbackForm({ practiceId, onGiven }: { practiceId: string; onGiven: () => void }) {
  const { t } = useTranslation();
  const form = useApiForm({
    schema: practiceFeedbackBodySchema,
    submit: (body) => givePracticeFeedback(practiceId, body.feedback),
    onSuccess: resetThen(onGiven),
  });
  return (
    <FormFrame form={form} submitLabel={t("training.supervision.give")}>
      <TextAreaField
        name="feedback"
        label={t("training.supervision.feedback")}
        error={form.fieldError("feedback")}
      />
    </FormFrame>
  );
}
