import {
  type Enrolment,
  type MyTraining,
  type Organisation,
  practiceBodySchema,
  signUpBodySchema,
} from "@samspel/core";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import {
  answerOffer,
  fetchMyTraining,
  fetchPracticeSessions,
  logPractice,
  signUp,
  withdraw,
} from "../../api/training";
import { ErrorAlert } from "../../components/Alert";
import { LoadError } from "../../components/LoadError";
import { Loading } from "../../components/Loading";
import { Field } from "../../forms/Field";
import { SelectField } from "../../forms/SelectField";
import { useApiForm } from "../../forms/use-api-form";
import { formatDate, formatDateTime } from "../../lib/format";
import { useResource } from "../../lib/use-resource";
import { CertificateLine } from "./CertificateLine";
import { FormFrame, resetThen } from "./FormFrame";
import { PeriodText } from "./Period";
import { Progress } from "./Progress";
import { useAction } from "./use-action";

/** A member's own training: cohorts open to sign up, offers to answer, progress, certificates. */
export function MyTrainingPanel({ org }: { org: Organisation }) {
  const { t } = useTranslation();
  const mine = useResource("my-training", (signal) => fetchMyTraining(signal));
  useOfferPolling(mine.reload);
  const offers =
    mine.status === "ready"
      ? mine.data.enrolments.filter((enrolment) => enrolment.status === "offered")
      : [];
  return (
    <section className="stack" aria-labelledby="my-training-title" data-testid="my-training">
      <h2 id="my-training-title">{t("training.mine.title")}</h2>
      {/* A status region: a place freed while the page is open is announced when it appears. */}
      <div role="status" aria-live="polite">
        {offers.map((enrolment) => (
          <p key={enrolment.id} className="alert alert-offer" data-testid="offer-notice">
            {t("training.mine.offerNotice", {
              cohort: `${enrolment.programmeName}: ${enrolment.cohortName}`,
            })}
          </p>
        ))}
      </div>
      {mine.status === "loading" ? (
        <Loading />
      ) : mine.status === "error" ? (
        <LoadError error={mine.error} onRetry={mine.reload} />
      ) : (
        <>
          {mine.data.enrolments.map((enrolment) => (
            <EnrolmentCard key={enrolment.id} enrolment={enrolment} onChanged={mine.reload} />
          ))}
          <OpenCohorts org={org} mine={mine.data} onSignedUp={mine.reload} />
          {mine.data.certificates.length > 0 && (
            <ul className="plain-list" aria-label={t("training.mine.certificates")}>
              {mine.data.certificates.map((certificate) => (
                <li key={certificate.id} data-testid="certificate">
                  <CertificateLine certificate={certificate} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

/** How often an open Training page asks whether a place was offered: offers last 72 hours. */
const OFFER_POLL_MS = 15_000;

/** Re-reads one's training while the page is visible, so a freed place shows without reload. */
function useOfferPolling(reload: () => void) {
  useEffect(() => {
    const timer = window.setInterval(() => {
      if (document.visibilityState === "visible") reload();
    }, OFFER_POLL_MS);
    return () => window.clearInterval(timer);
  }, [reload]);
}

function OpenCohorts({
  org,
  mine,
  onSignedUp,
}: {
  org: Organisation;
  mine: MyTraining;
  onSignedUp: () => void;
}) {
  const { t } = useTranslation();
  const signedUp = new Set(mine.enrolments.map((enrolment) => enrolment.cohortId));
  const open = mine.programmes.flatMap((programme) =>
    programme.cohorts
      .filter((cohort) => !signedUp.has(cohort.id))
      .map((cohort) => ({ programme, cohort })),
  );
  if (open.length === 0) return <p className="empty">{t("training.mine.nothingOpen")}</p>;
  return (
    <ul className="plain-list stack">
      {open.map(({ programme, cohort }) => (
        <li key={cohort.id} className="card stack" data-testid="open-cohort">
          <strong>
            {programme.name}: {cohort.name}
          </strong>
          <span className="muted">
            <PeriodText period={cohort} /> ·{" "}
            {t("training.cohorts.places", { taken: cohort.placesTaken, capacity: cohort.capacity })}
          </span>
          <SignUpForm orgId={org.id} cohortId={cohort.id} onSignedUp={onSignedUp} />
        </li>
      ))}
    </ul>
  );
}

function SignUpForm({
  orgId,
  cohortId,
  onSignedUp,
}: {
  orgId: string;
  cohortId: string;
  onSignedUp: () => void;
}) {
  const { t } = useTranslation();
  const form = useApiForm({
    schema: signUpBodySchema,
    toBody: (values) => ({ organisationId: orgId, unit: values.unit ?? "" }),
    submit: (body) => signUp(cohortId, body),
    onSuccess: onSignedUp,
  });
  return (
    <FormFrame form={form} submitLabel={t("training.mine.signUp")}>
      <Field
        name="unit"
        label={t("training.mine.unit")}
        hint={t("training.mine.unitHint")}
        error={form.fieldError("unit")}
      />
    </FormFrame>
  );
}

function EnrolmentCard({
  enrolment,
  onChanged,
}: {
  enrolment: MyTraining["enrolments"][number];
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const action = useAction();
  return (
    <article className="card stack" data-testid="enrolment">
      <h3>
        {enrolment.programmeName}: {enrolment.cohortName}
      </h3>
      {action.error && <ErrorAlert>{action.error}</ErrorAlert>}
      <p>
        <span className="badge" data-testid="enrolment-status">
          {t(`training.status.${enrolment.status}`)}
        </span>{" "}
        {enrolment.waitingPosition !== null &&
          t("training.mine.position", { position: enrolment.waitingPosition })}
      </p>
      {enrolment.status === "offered" && enrolment.offerExpiresAt && (
        <div className="stack">
          <p>
            {t("training.mine.offer", {
              until: formatDateTime(enrolment.offerExpiresAt, i18n.language),
            })}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button button-primary"
              disabled={action.pending}
              onClick={() => action.run(() => answerOffer(enrolment.id, "accept"), onChanged)}
            >
              {t("training.mine.accept")}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={action.pending}
              onClick={() => action.run(() => answerOffer(enrolment.id, "decline"), onChanged)}
            >
              {t("training.mine.decline")}
            </button>
          </div>
        </div>
      )}
      {(enrolment.status === "enrolled" || enrolment.status === "completed") && (
        <Progress enrolment={enrolment} />
      )}
      {enrolment.status === "enrolled" && (
        <PracticeForm enrolment={enrolment} onLogged={onChanged} />
      )}
      {(enrolment.status === "enrolled" ||
        enrolment.status === "waiting" ||
        enrolment.status === "offered") && (
        <div>
          <button
            type="button"
            className="button button-secondary"
            disabled={action.pending}
            onClick={() => action.run(() => withdraw(enrolment.id), onChanged)}
          >
            {t("training.mine.withdraw")}
          </button>
        </div>
      )}
    </article>
  );
}

function PracticeForm({ enrolment, onLogged }: { enrolment: Enrolment; onLogged: () => void }) {
  const { t, i18n } = useTranslation();
  const sessions = useResource(`practice-sessions:${enrolment.id}`, (signal) =>
    fetchPracticeSessions(enrolment.id, signal),
  );
  const form = useApiForm({
    schema: practiceBodySchema,
    // "No session" is the empty choice, which the API reads as no link.
    toBody: ({ sessionId, ...values }) => (sessionId ? { ...values, sessionId } : values),
    submit: (body) => logPractice(enrolment.id, body),
    onSuccess: resetThen(onLogged),
  });
  return (
    <FormFrame
      form={form}
      submitLabel={t("training.practice.save")}
      heading={<h4>{t("training.practice.log")}</h4>}
    >
      <Field name="title" label={t("training.practice.title")} error={form.fieldError("title")} />
      <Field
        name="heldOn"
        type="date"
        label={t("training.practice.heldOn")}
        error={form.fieldError("heldOn")}
      />
      <SelectField name="role" label={t("training.practice.role")} defaultValue="co_ran">
        <option value="ran">{t("training.practice.ran")}</option>
        <option value="co_ran">{t("training.practice.co_ran")}</option>
      </SelectField>
      <SelectField
        name="sessionId"
        label={t("training.practice.session")}
        hint={t("training.practice.sessionHint")}
        defaultValue=""
        error={form.fieldError("sessionId")}
        onChange={(event) => {
          // The session's record knows the part they played: ran it, or joined as co-facilitator.
          const picked =
            sessions.status === "ready"
              ? sessions.data.sessions.find((session) => session.id === event.target.value)
              : undefined;
          const role = event.target.form?.elements.namedItem("role");
          if (picked && role instanceof HTMLSelectElement) role.value = picked.role;
        }}
      >
        <option value="">{t("training.practice.noSession")}</option>
        {sessions.status === "ready" &&
          sessions.data.sessions.map((session) => (
            <option key={session.id} value={session.id}>
              {session.title} ({formatDate(session.createdAt, i18n.language)},{" "}
              {t(`training.practice.${session.role}`)})
            </option>
          ))}
      </SelectField>
    </FormFrame>
  );
}
