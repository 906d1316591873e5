import { type Cohort, calendarDay, gatheringBodySchema, holdsPlace } from "@samspel/core";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { addGathering, certify, fetchCohort, withdraw } from "../../api/training";
import { ErrorAlert } from "../../components/Alert";
import { LoadError } from "../../components/LoadError";
import { Loading } from "../../components/Loading";
import { Field } from "../../forms/Field";
import { useApiForm } from "../../forms/use-api-form";
import { useResource } from "../../lib/use-resource";
import { OrgLayout } from "../org/OrgLayout";
import { AttendanceGrid } from "./AttendanceGrid";
import { CohortChangeForm, CohortStaff } from "./CohortSettings";
import { DemandTable } from "./DemandTable";
import { FormFrame } from "./FormFrame";
import { PeriodText } from "./Period";
import { SupervisionPanel } from "./SupervisionPanel";
import { useAction } from "./use-action";

export function CohortPage({ orgId, cohortId }: { orgId: string; cohortId: string }) {
  return (
    <OrgLayout orgId={orgId} section="training">
      {() => <CohortView orgId={orgId} cohortId={cohortId} />}
    </OrgLayout>
  );
}

function CohortView({ orgId, cohortId }: { orgId: string; cohortId: string }) {
  const { t } = useTranslation();
  const cohort = useResource(`cohort:${cohortId}`, (signal) => fetchCohort(cohortId, signal));
  if (cohort.status === "loading") return <Loading />;
  if (cohort.status === "error") return <LoadError error={cohort.error} onRetry={cohort.reload} />;
  const data = cohort.data;
  const waiting = data.enrolments.filter((enrolment) => enrolment.status === "waiting").length;
  return (
    <div className="stack-lg" data-testid="cohort">
      <p>
        <Link href={`/orgs/${encodeURIComponent(orgId)}/training`}>{t("training.back")}</Link>
      </p>
      <section className="card stack">
        <h2>
          {data.programmeName}: {data.name}
        </h2>
        <p className="muted">
          <PeriodText period={data} />
        </p>
        <p data-testid="places">
          {t("training.cohorts.places", { taken: data.placesTaken, capacity: data.capacity })}
          {waiting > 0 && ` · ${t("training.cohorts.waiting", { count: waiting })}`}
        </p>
        <CohortStaff cohort={data} onChanged={cohort.reload} />
      </section>
      {data.coordinating && <CohortChangeForm cohort={data} onChanged={cohort.set} />}
      <SignUps cohort={data} onChanged={cohort.reload} />
      <SupervisionPanel orgId={orgId} cohort={data} onChanged={cohort.reload} />
      {data.coordinating && (
        <DemandTable
          cohortId={data.id}
          // Demand changes when someone signs up or a place moves (a withdrawal, more places).
          version={`${data.enrolments.length}:${data.placesTaken}:${data.capacity}`}
        />
      )}
      <section className="stack" aria-labelledby="gatherings-title">
        <h2 id="gatherings-title">{t("training.gatherings.title")}</h2>
        {data.gatherings.length === 0 ? (
          <p className="empty">{t("training.gatherings.empty")}</p>
        ) : (
          <AttendanceGrid cohort={data} onSaved={cohort.set} />
        )}
        {data.coordinating && <GatheringForm cohortId={data.id} onAdded={cohort.set} />}
      </section>
    </div>
  );
}

function SignUps({ cohort, onChanged }: { cohort: Cohort; onChanged: () => void }) {
  const { t } = useTranslation();
  const action = useAction();
  const today = calendarDay(new Date());
  return (
    <section className="stack" aria-labelledby="signups-title">
      <h2 id="signups-title">{t("training.signups.title")}</h2>
      {action.error && <ErrorAlert>{action.error}</ErrorAlert>}
      {cohort.enrolments.length === 0 ? (
        <p className="empty">{t("training.signups.empty")}</p>
      ) : (
        <div className="training-table-scroll">
          <table className="training-table" data-testid="signups">
            <thead>
              <tr>
                <th>{t("training.signups.person")}</th>
                <th>{t("training.signups.organisation")}</th>
                <th>{t("training.mine.unit")}</th>
                <th>{t("training.signups.status")}</th>
                <th>{t("training.signups.progress")}</th>
                {cohort.coordinating && <th>{t("training.signups.actions")}</th>}
              </tr>
            </thead>
            <tbody>
              {cohort.enrolments.map((enrolment) => (
                <tr key={enrolment.id} data-testid="signup-row">
                  <td>{enrolment.displayName}</td>
                  <td>{enrolment.organisationName}</td>
                  <td>{enrolment.unit}</td>
                  <td>
                    {t(`training.status.${enrolment.status}`)}
                    {enrolment.waitingPosition !== null &&
                      ` (${t("training.mine.position", { position: enrolment.waitingPosition })})`}
                  </td>
                  <td>
                    {holdsPlace(enrolment.status) && enrolment.status !== "offered"
                      ? `${enrolment.progress.attendancePercent} % · ${t("training.progress.practice", { count: enrolment.progress.practiceCount })}${enrolment.progress.complete ? ` · ${t("training.progress.complete")}` : ""}`
                      : ""}
                  </td>
                  {cohort.coordinating && (
                    <td>
                      <div className="button-row">
                        {enrolment.status === "enrolled" && enrolment.progress.complete && (
                          <button
                            type="button"
                            className="button button-primary"
                            disabled={action.pending}
                            onClick={() =>
                              action.run(() => certify(enrolment.id, today), onChanged)
                            }
                          >
                            {t("training.signups.certify")}
                          </button>
                        )}
                        {(enrolment.status === "enrolled" ||
                          enrolment.status === "waiting" ||
                          enrolment.status === "offered") && (
                          <button
                            type="button"
                            className="button button-secondary"
                            disabled={action.pending}
                            onClick={() => action.run(() => withdraw(enrolment.id), onChanged)}
                          >
                            {t("training.signups.withdraw")}
                          </button>
                        )}
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function GatheringForm({
  cohortId,
  onAdded,
}: {
  cohortId: string;
  onAdded: (cohort: Cohort) => void;
}) {
  const { t } = useTranslation();
  const form = useApiForm({
    schema: gatheringBodySchema,
    submit: (body) => addGathering(cohortId, body),
    onSuccess: (cohort, element) => {
      element.reset();
      onAdded(cohort);
    },
  });
  return (
    <FormFrame
      form={form}
      submitLabel={t("training.gatherings.add")}
      className="card stack"
      testId="new-gathering"
      heading={<h3>{t("training.gatherings.new")}</h3>}
    >
      <Field name="title" label={t("training.gatherings.name")} error={form.fieldError("title")} />
      <Field
        name="heldOn"
        type="date"
        label={t("training.gatherings.heldOn")}
        error={form.fieldError("heldOn")}
      />
    </FormFrame>
  );
}
