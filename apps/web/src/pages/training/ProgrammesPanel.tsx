import {
  cohortBodySchema,
  type Organisation,
  type Programme,
  partnershipCodeSchema,
  programmeBodySchema,
} from "@samspel/core";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { z } from "zod";
import {
  acceptProgramme,
  createCohort,
  createProgramme,
  fetchProgrammes,
  offerToPartner,
} from "../../api/training";
import { ErrorAlert } from "../../components/Alert";
import { Field } from "../../forms/Field";
import { useApiForm } from "../../forms/use-api-form";
import { useResource } from "../../lib/use-resource";
import { CohortFields } from "./CohortSettings";
import { FormFrame, numbers, resetThen } from "./FormFrame";
import { LoadedList } from "./LoadedList";
import { PeriodText } from "./Period";
import { useAction } from "./use-action";

export const cohortPath = (orgId: string, cohortId: string) =>
  `/orgs/${encodeURIComponent(orgId)}/training/cohorts/${encodeURIComponent(cohortId)}`;

export function ProgrammesPanel({ org, manages }: { org: Organisation; manages: boolean }) {
  const { t } = useTranslation();
  const programmes = useResource(`programmes:${org.id}`, (signal) =>
    fetchProgrammes(org.id, signal),
  );
  return (
    <section className="stack" aria-labelledby="programmes-title">
      <h2 id="programmes-title">{t("training.programmes.title")}</h2>
      {manages && <NewProgrammeForm orgId={org.id} onCreated={programmes.reload} />}
      <LoadedList list={programmes} empty={t("training.programmes.empty")}>
        {(items) =>
          items.map((programme) => (
            <ProgrammeCard
              key={programme.id}
              org={org}
              programme={programme}
              manages={manages}
              onChanged={programmes.reload}
            />
          ))
        }
      </LoadedList>
    </section>
  );
}

function NewProgrammeForm({ orgId, onCreated }: { orgId: string; onCreated: () => void }) {
  const { t } = useTranslation();
  const form = useApiForm({
    schema: programmeBodySchema,
    toBody: (values) =>
      numbers(values, ["minAttendancePercent", "minPracticeCount", "certificateValidMonths"]),
    submit: (body) => createProgramme(orgId, body),
    onSuccess: resetThen(onCreated),
  });
  return (
    <FormFrame
      form={form}
      submitLabel={t("training.programmes.create")}
      className="card stack"
      testId="new-programme"
      heading={<h3>{t("training.programmes.new")}</h3>}
    >
      <Field
        name="name"
        label={t("training.programmes.name")}
        required
        error={form.fieldError("name")}
      />
      <Field
        name="certifyingBody"
        label={t("training.programmes.certifyingBody")}
        required
        error={form.fieldError("certifyingBody")}
      />
      <Field
        name="minAttendancePercent"
        type="number"
        label={t("training.programmes.minAttendance")}
        defaultValue={80}
        error={form.fieldError("minAttendancePercent")}
      />
      <Field
        name="minPracticeCount"
        type="number"
        label={t("training.programmes.minPractice")}
        defaultValue={2}
        error={form.fieldError("minPracticeCount")}
      />
      <Field
        name="certificateValidMonths"
        type="number"
        label={t("training.programmes.validMonths")}
        defaultValue={24}
        error={form.fieldError("certificateValidMonths")}
      />
    </FormFrame>
  );
}

function ProgrammeCard({
  org,
  programme,
  manages,
  onChanged,
}: {
  org: Organisation;
  programme: Programme;
  manages: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const accept = useAction();
  const offeredToUs = programme.partners.some(
    (partner) => partner.organisationId === org.id && partner.status === "offered",
  );
  return (
    <article className="card stack" data-testid="programme">
      <h3>{programme.name}</h3>
      <p className="muted">
        {t("training.programmes.owner", { name: programme.organisationName })} ·{" "}
        {t("training.programmes.rule", {
          percent: programme.minAttendancePercent,
          count: programme.minPracticeCount,
        })}
      </p>
      {manages && offeredToUs && (
        <div className="stack">
          {accept.error && <ErrorAlert>{accept.error}</ErrorAlert>}
          <p>{t("training.programmes.offered")}</p>
          <div>
            <button
              type="button"
              className="button button-primary"
              disabled={accept.pending}
              onClick={() => accept.run(() => acceptProgramme(org.id, programme.id), onChanged)}
            >
              {t("training.programmes.accept")}
            </button>
          </div>
        </div>
      )}
      {programme.coordinating && programme.partners.length > 0 && (
        <ul className="plain-list" aria-label={t("training.programmes.partners")}>
          {programme.partners.map((partner) => (
            <li key={partner.organisationId}>
              {partner.organisationName}: {t(`training.partnerStatus.${partner.status}`)}
            </li>
          ))}
        </ul>
      )}
      {programme.cohorts.length === 0 ? (
        <p className="empty">{t("training.cohorts.empty")}</p>
      ) : (
        <ul className="plain-list">
          {programme.cohorts.map((cohort) => (
            <li key={cohort.id}>
              <Link href={cohortPath(org.id, cohort.id)}>{cohort.name}</Link>{" "}
              <span className="muted">
                <PeriodText period={cohort} /> ·{" "}
                {t("training.cohorts.places", {
                  taken: cohort.placesTaken,
                  capacity: cohort.capacity,
                })}
                {cohort.waiting > 0 &&
                  ` · ${t("training.cohorts.waiting", { count: cohort.waiting })}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      {programme.coordinating && (
        <>
          <OfferForm programmeId={programme.id} onOffered={onChanged} />
          <NewCohortForm programmeId={programme.id} onCreated={onChanged} />
        </>
      )}
    </article>
  );
}

/** The page names a partner only by the code its training managers handed out. */
const offerFormSchema = z.strictObject({ partnershipCode: partnershipCodeSchema });

function OfferForm({ programmeId, onOffered }: { programmeId: string; onOffered: () => void }) {
  const { t } = useTranslation();
  const form = useApiForm({
    schema: offerFormSchema,
    submit: (body) => offerToPartner(programmeId, body.partnershipCode),
    onSuccess: resetThen(onOffered),
  });
  return (
    <FormFrame form={form} submitLabel={t("training.programmes.offer")} testId="offer-partner">
      <Field
        name="partnershipCode"
        label={t("training.programmes.partnerCode")}
        hint={t("training.programmes.partnerCodeHint")}
        autoComplete="off"
        error={form.fieldError("partnershipCode")}
      />
    </FormFrame>
  );
}

function NewCohortForm({ programmeId, onCreated }: { programmeId: string; onCreated: () => void }) {
  const { t } = useTranslation();
  const form = useApiForm({
    schema: cohortBodySchema,
    toBody: (values) => numbers(values, ["capacity"]),
    submit: (body) => createCohort(programmeId, body),
    onSuccess: resetThen(onCreated),
  });
  return (
    <FormFrame
      form={form}
      submitLabel={t("training.cohorts.create")}
      testId="new-cohort"
      heading={<h4>{t("training.cohorts.new")}</h4>}
    >
      <CohortFields form={form} />
    </FormFrame>
  );
}
