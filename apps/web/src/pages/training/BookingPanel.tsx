import { type BookingRequest, bookingRequestBodySchema, type Organisation } from "@samspel/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  book,
  cancelBooking,
  fetchBookingRequests,
  fetchMatches,
  fetchProgrammes,
  requestFacilitator,
} from "../../api/training";
import { ErrorAlert } from "../../components/Alert";
import { LoadError } from "../../components/LoadError";
import { Loading } from "../../components/Loading";
import { Field } from "../../forms/Field";
import { SelectField } from "../../forms/SelectField";
import { useApiForm } from "../../forms/use-api-form";
import { useIdSet } from "../../lib/use-id-set";
import { useResource } from "../../lib/use-resource";
import { BookingSession } from "./BookingSession";
import { FormFrame, resetThen } from "./FormFrame";
import { LoadedList } from "./LoadedList";
import { MethodChoice, useMethodNames } from "./MethodChoice";
import { PeriodFields, PeriodText } from "./Period";
import { splitLabels, useAction } from "./use-action";

/** Units ask for a facilitator; coordinators see who fits and book them. */
export function BookingPanel({ org, manages }: { org: Organisation; manages: boolean }) {
  const { t } = useTranslation();
  const requests = useResource(`booking-requests:${org.id}`, (signal) =>
    fetchBookingRequests(org.id, signal),
  );
  return (
    <section className="stack" aria-labelledby="booking-title" data-testid="booking">
      <h2 id="booking-title">{t("training.booking.title")}</h2>
      <RequestForm orgId={org.id} onRequested={requests.reload} />
      <LoadedList list={requests} empty={t("training.booking.empty")}>
        {(items) =>
          items.map((request) => (
            <RequestCard
              key={request.id}
              request={request}
              // A request into a partner's pool is booked by that pool's coordinators.
              manages={manages && request.organisationId === org.id}
              onBooked={requests.reload}
            />
          ))
        }
      </LoadedList>
    </section>
  );
}

function RequestForm({ orgId, onRequested }: { orgId: string; onRequested: () => void }) {
  const { t } = useTranslation();
  const pools = usePartnerPools(orgId);
  const form = useApiForm({
    schema: bookingRequestBodySchema,
    toBody: ({ groupSize, methods, area, poolOrganisationId, ...values }) => ({
      ...values,
      ...(poolOrganisationId ? { poolOrganisationId } : {}),
      groupSize: groupSize ? Number(groupSize) : undefined,
      methods: splitLabels(methods ?? ""),
      ...(area?.trim() ? { area } : {}),
    }),
    submit: (body) => requestFacilitator(orgId, body),
    onSuccess: resetThen(onRequested),
  });
  return (
    <FormFrame
      form={form}
      submitLabel={t("training.booking.send")}
      className="card stack"
      testId="booking-request-form"
      heading={<h3>{t("training.booking.new")}</h3>}
    >
      {pools.length > 0 && (
        <SelectField
          name="poolOrganisationId"
          label={t("training.booking.pool")}
          hint={t("training.booking.poolHint")}
          defaultValue=""
          error={form.fieldError("poolOrganisationId")}
        >
          <option value="">{t("training.booking.ownPool")}</option>
          {pools.map((pool) => (
            <option key={pool.id} value={pool.id}>
              {pool.name}
            </option>
          ))}
        </SelectField>
      )}
      <Field name="unit" label={t("training.booking.unit")} error={form.fieldError("unit")} />
      <Field
        name="question"
        label={t("training.booking.question")}
        error={form.fieldError("question")}
      />
      <PeriodFields form={form} />
      <Field
        name="groupSize"
        type="number"
        label={t("training.booking.groupSize")}
        error={form.fieldError("groupSize")}
      />
      <Field
        name="language"
        label={t("training.booking.language")}
        hint={t("training.booking.languageHint")}
        error={form.fieldError("language")}
      />
      <MethodChoice
        orgId={orgId}
        name="methods"
        label={t("training.booking.methodsAsked")}
        hint={t("training.booking.methodsAskedHint")}
        error={form.fieldError("methods")}
      />
      <Field name="area" label={t("training.booking.area")} error={form.fieldError("area")} />
    </FormFrame>
  );
}

/**
 * Pools the organisation's units may also ask: those of organisations whose programmes it takes
 * part in. The server decides (an offer not yet accepted is refused with its reason).
 */
function usePartnerPools(orgId: string): { id: string; name: string }[] {
  const programmes = useResource(`programmes:${orgId}`, (signal) => fetchProgrammes(orgId, signal));
  if (programmes.status !== "ready") return [];
  const pools = new Map<string, string>();
  for (const programme of programmes.data) {
    if (programme.organisationId !== orgId) {
      pools.set(programme.organisationId, programme.organisationName);
    }
  }
  return [...pools].map(([id, name]) => ({ id, name }));
}

function RequestCard({
  request,
  manages,
  onBooked,
}: {
  request: BookingRequest;
  manages: boolean;
  onBooked: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const cancel = useAction();
  return (
    <article className="card stack" data-testid="booking-request">
      <h3>{request.question}</h3>
      <p className="muted">
        {request.unit} · <PeriodText period={request} /> ·{" "}
        {t("training.booking.size", { count: request.groupSize })} · {request.language}
        {request.requestingOrganisation &&
          ` · ${t("training.booking.fromPartner", { name: request.requestingOrganisation.name })}`}
      </p>
      {request.booking ? (
        <p data-testid="booked">
          {t("training.booking.booked", {
            facilitator: request.booking.facilitator.displayName,
          })}
          {request.booking.resourcePersons.length > 0 &&
            ` ${t("training.booking.with", {
              names: request.booking.resourcePersons.map((p) => p.displayName).join(", "),
            })}`}
        </p>
      ) : (
        <p className="muted">{t("training.booking.notBooked")}</p>
      )}
      <BookingSession request={request} manages={manages} onLinked={onBooked} />
      {cancel.error && <ErrorAlert>{cancel.error}</ErrorAlert>}
      {manages && request.booking && (
        <div>
          <button
            type="button"
            className="button button-secondary"
            disabled={cancel.pending}
            onClick={() => cancel.run(() => cancelBooking(request.id), onBooked)}
          >
            {t("training.booking.cancel")}
          </button>
        </div>
      )}
      {manages && !request.booking && (
        <div>
          <button type="button" className="button button-secondary" onClick={() => setOpen(!open)}>
            {open ? t("training.booking.hideMatches") : t("training.booking.showMatches")}
          </button>
        </div>
      )}
      {open && !request.booking && <Matches request={request} onBooked={onBooked} />}
    </article>
  );
}

function Matches({ request, onBooked }: { request: BookingRequest; onBooked: () => void }) {
  const { t } = useTranslation();
  const methodName = useMethodNames(request.organisationId);
  const matches = useResource(`matches:${request.id}`, (signal) =>
    fetchMatches(request.id, signal),
  );
  const resourcePersons = useIdSet();
  const action = useAction();
  if (matches.status === "loading") return <Loading />;
  if (matches.status === "error")
    return <LoadError error={matches.error} onRetry={matches.reload} />;
  return (
    <div className="stack" data-testid="matches">
      {action.error && <ErrorAlert>{action.error}</ErrorAlert>}
      {matches.data.matches.length === 0 ? (
        <p className="empty">{t("training.booking.noMatches")}</p>
      ) : (
        <ol className="plain-list match-list stack">
          {matches.data.matches.map((match) => (
            <li key={match.userId} className="card" data-testid="match">
              <div>
                <strong>{match.displayName}</strong>
                <p className="muted">
                  {match.available
                    ? t("training.booking.available")
                    : t(`training.booking.unavailable.${match.unavailableBecause ?? "no_window"}`)}
                  {" · "}
                  {match.speaksLanguage
                    ? t("training.booking.speaks")
                    : t("training.booking.noLanguage")}
                  {match.matchedMethods.length > 0 &&
                    ` · ${t("training.booking.methods", { methods: match.matchedMethods.map(methodName).join(", ") })}`}
                  {match.knowsArea && ` · ${t("training.booking.knowsArea")}`}
                </p>
              </div>
              <button
                type="button"
                className="button button-primary"
                disabled={action.pending}
                onClick={() =>
                  action.run(
                    () =>
                      book(request.id, {
                        facilitatorId: match.userId,
                        resourcePersonIds: [...resourcePersons.ids].filter(
                          (id) => id !== match.userId,
                        ),
                      }),
                    onBooked,
                  )
                }
              >
                {t("training.booking.book", { name: match.displayName })}
              </button>
            </li>
          ))}
        </ol>
      )}
      {matches.data.resourcePersons.length > 0 && (
        <fieldset className="stack">
          <legend>{t("training.booking.resourcePersons")}</legend>
          {matches.data.resourcePersons.map((person) => (
            <label key={person.userId} className="checkbox">
              <input
                type="checkbox"
                checked={resourcePersons.ids.has(person.userId)}
                onChange={() => resourcePersons.toggle(person.userId)}
              />{" "}
              {person.displayName}
              {person.trainee && ` (${t("training.booking.trainee")})`}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
