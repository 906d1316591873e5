import { type InvitationToSession, RSVP_ANSWERS, type RsvpAnswer } from "@samspel/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { ApiError } from "../../api/client";
import {
  type InvitationSource,
  invitationByAccount,
  invitationByLink,
} from "../../api/preparation";
import { ErrorAlert } from "../../components/Alert";
import { LoadError } from "../../components/LoadError";
import { Loading } from "../../components/Loading";
import { PageHeading } from "../../components/PageHeading";
import { ChoiceField } from "../../forms/ChoiceField";
import { SubmitButton } from "../../forms/SubmitButton";
import { TextAreaField } from "../../forms/TextAreaField";
import { currentLocale } from "../../i18n/setup";
import { errorMessage } from "../../lib/error-message";
import { formatDateTime } from "../../lib/format";
import { useDocumentTitle } from "../../lib/use-document-title";
import { useResource } from "../../lib/use-resource";
import { MaterialList } from "../org/prepare/MaterialList";

/** Answers after which the link does not work any more; each gets its own explanation. */
type DeadEnd = "notFound" | "expired" | "revoked";

function deadEndOf(error: unknown): DeadEnd | null {
  if (!(error instanceof ApiError)) return null;
  switch (error.code) {
    case "invitation_not_found":
    case "not_found":
      return "notFound";
    case "invitation_expired":
      return "expired";
    case "invitation_revoked":
      return "revoked";
    default:
      return null;
  }
}

/** An invitation to a session, opened from its link: no login, made for a phone. */
export function InvitedPage({ token }: { token: string }) {
  return <Invitation source={invitationByLink(token)} />;
}

/** The same invitation for a member invited by account, from their list: no link needed. */
export function MemberInvitationPage({ invitationId }: { invitationId: string }) {
  return <Invitation source={invitationByAccount(invitationId)} />;
}

function Invitation({ source }: { source: InvitationSource }) {
  const { t } = useTranslation();
  const invitation = useResource(source.key, (signal) => source.fetch(signal));
  const [deadEnd, setDeadEnd] = useState<DeadEnd | null>(null);
  const ended = deadEnd ?? (invitation.status === "error" ? deadEndOf(invitation.error) : null);
  useDocumentTitle(
    ended
      ? t(`preparation.invited.${ended}Title`)
      : invitation.status === "ready"
        ? t("preparation.invited.title", { title: invitation.data.sessionTitle })
        : undefined,
  );

  if (ended) {
    return (
      <div className="narrow">
        <div className="card stack dead-end" data-testid="invitation-dead-end">
          <PageHeading>{t(`preparation.invited.${ended}Title`)}</PageHeading>
          <p>{t(`preparation.invited.${ended}Body`)}</p>
          <div className="actions">
            <Link href="/" className="button button-secondary">
              {t("invite.goHome")}
            </Link>
          </div>
        </div>
      </div>
    );
  }
  if (invitation.status === "loading") return <Loading />;
  if (invitation.status === "error") {
    return (
      <div className="narrow">
        <LoadError error={invitation.error} onRetry={invitation.reload} />
      </div>
    );
  }
  return (
    <InvitationView
      source={source}
      invitation={invitation.data}
      onAnswered={invitation.set}
      onDeadEnd={(error) => {
        const kind = deadEndOf(error);
        if (kind) setDeadEnd(kind);
        return kind !== null;
      }}
    />
  );
}

function InvitationView({
  source,
  invitation,
  onAnswered,
  onDeadEnd,
}: {
  source: InvitationSource;
  invitation: InvitationToSession;
  onAnswered: (answered: InvitationToSession) => void;
  onDeadEnd: (error: unknown) => boolean;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <div className="narrow stack-lg invited">
      <div>
        <PageHeading>
          {t("preparation.invited.title", { title: invitation.sessionTitle })}
        </PageHeading>
        <p className="muted">
          {t("preparation.invited.from", {
            organisation: invitation.organisationName,
            name: invitation.inviteeName,
          })}
        </p>
      </div>
      <section className="card stack">
        <dl className="facts">
          {invitation.startsAt && (
            <div>
              <dt>{t("preparation.invited.when")}</dt>
              <dd>
                {formatDateTime(invitation.startsAt, locale)}
                {invitation.durationMinutes !== null &&
                  ` · ${t("preparation.invited.minutes", { count: invitation.durationMinutes })}`}
              </dd>
            </div>
          )}
          {invitation.place && (
            <div>
              <dt>{t("preparation.invited.place")}</dt>
              <dd className="break">{invitation.place}</dd>
            </div>
          )}
        </dl>
        {invitation.startsAt && (
          <a
            className="button button-secondary"
            href={source.calendarUrl}
            download="invitation.ics"
          >
            {t("preparation.invited.addToCalendar")}
          </a>
        )}
      </section>
      {/* Written by the facilitator in the session's language: said so for screen readers. */}
      <section className="card stack" lang={invitation.language}>
        {invitation.purpose && (
          <div>
            <h2>{t("preparation.invited.purpose")}</h2>
            <p className="prepare-facts">{invitation.purpose}</p>
          </div>
        )}
        {invitation.question && (
          <div>
            <h2>{t("preparation.invited.question")}</h2>
            <p className="prepare-facts">{invitation.question}</p>
          </div>
        )}
        {invitation.desiredOutcome && (
          <div>
            <h2>{t("preparation.invited.desiredOutcome")}</h2>
            <p className="prepare-facts">{invitation.desiredOutcome}</p>
          </div>
        )}
      </section>
      <section className="card stack" aria-labelledby="agenda-title">
        <h2 id="agenda-title">{t("preparation.invited.agenda")}</h2>
        {invitation.agenda.length === 0 ? (
          <p className="muted">{t("preparation.invited.agendaEmpty")}</p>
        ) : (
          <ol className="agenda" data-testid="agenda">
            {invitation.agenda.map((item, index) => (
              // The outline has no ids of its own; its order is what it is.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above.
              <li key={index}>
                <span>{item.title}</span>
                {item.minutes !== null && (
                  <span className="muted">
                    {t("preparation.invited.minutes", { count: item.minutes })}
                  </span>
                )}
              </li>
            ))}
          </ol>
        )}
        {invitation.groundRules.length > 0 && (
          <>
            <h2>{t("preparation.invited.groundRules")}</h2>
            <ul>
              {invitation.groundRules.map((rule) => (
                <li key={rule}>{rule}</li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section className="card stack" aria-labelledby="materials-title">
        <h2 id="materials-title">{t("preparation.invited.materials")}</h2>
        {invitation.materials.length === 0 ? (
          <p className="muted">{t("preparation.invited.materialsEmpty")}</p>
        ) : (
          <MaterialList
            materials={invitation.materials}
            fileUrl={(material) => source.materialUrl(material.id)}
          />
        )}
      </section>
      <AnswerForm
        source={source}
        invitation={invitation}
        onAnswered={onAnswered}
        onDeadEnd={onDeadEnd}
      />
    </div>
  );
}

function AnswerForm({
  source,
  invitation,
  onAnswered,
  onDeadEnd,
}: {
  source: InvitationSource;
  invitation: InvitationToSession;
  onAnswered: (answered: InvitationToSession) => void;
  onDeadEnd: (error: unknown) => boolean;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [answer, setAnswer] = useState<RsvpAnswer | null>(invitation.rsvp);
  const [note, setNote] = useState(invitation.note);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const open = Date.now() < Date.parse(invitation.expiresAt);
  const expiry = formatDateTime(invitation.expiresAt, locale);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!answer) return;
    setPending(true);
    setFailure(null);
    try {
      onAnswered(await source.answer({ answer, note }));
    } catch (error) {
      if (!onDeadEnd(error)) setFailure(error);
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="card stack" data-testid="answer">
      {invitation.rsvp && (
        <p data-testid="your-answer">
          <strong>
            {t("preparation.invited.yourAnswer", {
              answer: t(`preparation.invited.rsvp.${invitation.rsvp}`),
            })}
          </strong>
        </p>
      )}
      {!open ? (
        <>
          <h2>{t("preparation.invited.answerTitle")}</h2>
          <p className="muted">{t("preparation.invited.closed", { date: expiry })}</p>
        </>
      ) : (
        <form className="stack" onSubmit={(event) => void onSubmit(event)} noValidate>
          {failure !== null && <ErrorAlert>{errorMessage(failure, t)}</ErrorAlert>}
          <ChoiceField
            name="rsvp"
            legend={t("preparation.invited.answerTitle")}
            options={RSVP_ANSWERS}
            value={answer}
            onChange={setAnswer}
            title={(option) => t(`preparation.invited.rsvp.${option}`)}
            explain={() => ""}
          />
          <TextAreaField
            name="note"
            label={t("preparation.invited.note")}
            rows={3}
            maxLength={1000}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
          <p className="muted">{t("preparation.invited.change", { date: expiry })}</p>
          <SubmitButton
            block
            pending={pending}
            label={t("preparation.invited.send")}
            pendingLabel={t("preparation.invited.sending")}
          />
        </form>
      )}
    </section>
  );
}
