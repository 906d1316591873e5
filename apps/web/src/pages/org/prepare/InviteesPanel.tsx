import type { Member, PreparationOverview, SessionInvitation } from "@samspel/core";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { fetchMembers } from "../../../api/accounts";
import {
  changeCovers,
  inviteToSession,
  renewInvitationLink,
  withdrawInvitation,
} from "../../../api/preparation";
import { ErrorAlert } from "../../../components/Alert";
import { CopyButton } from "../../../components/CopyButton";
import { Field } from "../../../forms/Field";
import { SelectField } from "../../../forms/SelectField";
import { SubmitButton } from "../../../forms/SubmitButton";
import { errorMessage } from "../../../lib/error-message";
import { formatDateTime } from "../../../lib/format";
import { useResource } from "../../../lib/use-resource";
import { GapsNote } from "./PerspectivesPanel";
import { useAction } from "./use-action";

type Who = "member" | "outsider";

/** Invitations: the gaps first, then who to invite with what they bring, then the answers. */
export function InviteesPanel({
  orgId,
  sessionId,
  overview,
  onChanged,
}: {
  orgId: string;
  sessionId: string;
  overview: PreparationOverview;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const action = useAction(onChanged);
  const members = useResource(`members:${orgId}`, (signal) => fetchMembers(orgId, signal));
  // Links are shown once, as the server answers them: kept here until the page is left.
  const [links, setLinks] = useState<Record<string, string>>({});
  const keepLink = (invitation: SessionInvitation) => {
    const link = invitation.link;
    if (link) setLinks((current) => ({ ...current, [invitation.id]: link }));
  };
  const answers = overview.invitations.filter((invitation) => invitation.status !== "revoked");
  const count = (answer: string | null) =>
    answers.filter((invitation) => invitation.rsvp === answer).length;

  return (
    <section className="card stack" aria-labelledby="invitees-title">
      <h2 id="invitees-title">{t("preparation.invitees.title")}</h2>
      <p className="muted">{t("preparation.invitees.intro")}</p>
      <p className="muted">
        {overview.emailEnabled
          ? t("preparation.invitees.emailOn")
          : t("preparation.invitees.emailOff")}
      </p>
      <GapsNote overview={overview} />
      {action.failure !== null && <ErrorAlert>{errorMessage(action.failure, t)}</ErrorAlert>}
      <InviteForm
        overview={overview}
        members={members.status === "ready" ? members.data.members : []}
        pending={action.pending}
        onInvite={(body) =>
          action.run(async () => keepLink(await inviteToSession(sessionId, body)))
        }
      />
      {overview.invitations.length === 0 ? (
        <p className="empty">{t("preparation.invitees.empty")}</p>
      ) : (
        <>
          <p data-testid="responses">
            {t("preparation.invitees.responses", {
              yes: count("yes"),
              maybe: count("maybe"),
              no: count("no"),
              open: count(null),
            })}
          </p>
          <ul className="prepare-list" data-testid="invitees">
            {overview.invitations.map((invitation) => (
              <InviteeRow
                key={invitation.id}
                invitation={invitation}
                overview={overview}
                link={links[invitation.id]}
                pending={action.pending}
                onRenew={() =>
                  void action.run(async () =>
                    keepLink(await renewInvitationLink(sessionId, invitation.id)),
                  )
                }
                onCovers={(covers) =>
                  void action.run(() => changeCovers(sessionId, invitation.id, covers))
                }
                onWithdraw={() =>
                  void action.run(() => withdrawInvitation(sessionId, invitation.id))
                }
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

type InviteBody = Parameters<typeof inviteToSession>[1];

function InviteForm({
  overview,
  members,
  pending,
  onInvite,
}: {
  overview: PreparationOverview;
  members: Member[];
  pending: boolean;
  onInvite: (body: InviteBody) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [who, setWho] = useState<Who>("member");
  const [covers, setCovers] = useState<string[]>([]);
  const invited = new Set(
    overview.invitations
      .filter((invitation) => invitation.status !== "revoked")
      .map((invitation) => invitation.userId),
  );
  const candidates = members.filter((member) => !invited.has(member.userId));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const body: InviteBody =
      who === "member"
        ? { userId: text("userId"), covers }
        : { name: text("inviteeName"), email: text("inviteeEmail") || null, covers };
    if (await onInvite(body)) {
      formElement.reset();
      setCovers([]);
    }
  };

  return (
    <form className="stack prepare-invite" onSubmit={(event) => void onSubmit(event)} noValidate>
      <fieldset className="checkbox-list">
        <legend>{t("preparation.invitees.who")}</legend>
        {(["member", "outsider"] as const).map((option) => (
          <label key={option} className="checkbox">
            <input
              type="radio"
              name="who"
              value={option}
              checked={who === option}
              onChange={() => setWho(option)}
            />
            {t(`preparation.invitees.${option}`)}
          </label>
        ))}
      </fieldset>
      {who === "member" ? (
        <SelectField name="userId" label={t("preparation.invitees.chooseMember")} defaultValue="">
          <option value="" disabled>
            {t("preparation.invitees.pickMember")}
          </option>
          {candidates.map((member) => (
            <option key={member.userId} value={member.userId}>
              {member.displayName} ({member.email})
            </option>
          ))}
        </SelectField>
      ) : (
        <div className="prepare-meeting-row">
          <Field name="inviteeName" label={t("preparation.invitees.name")} maxLength={80} />
          <Field
            name="inviteeEmail"
            type="email"
            label={t("preparation.invitees.email")}
            maxLength={254}
          />
        </div>
      )}
      <fieldset className="checkbox-list">
        <legend>{t("preparation.invitees.covers")}</legend>
        {overview.perspectives.length === 0 && (
          <p className="muted">{t("preparation.invitees.noPerspectives")}</p>
        )}
        {overview.perspectives.map((perspective) => (
          <label key={perspective.id} className="checkbox">
            <input
              type="checkbox"
              name="covers"
              value={perspective.id}
              checked={covers.includes(perspective.id)}
              onChange={(event) =>
                setCovers((current) =>
                  event.target.checked
                    ? [...current, perspective.id]
                    : current.filter((id) => id !== perspective.id),
                )
              }
            />
            {perspective.name}
          </label>
        ))}
      </fieldset>
      <div className="actions">
        <SubmitButton
          pending={pending}
          label={t("preparation.invitees.invite")}
          pendingLabel={t("preparation.invitees.inviting")}
        />
      </div>
    </form>
  );
}

function InviteeRow({
  invitation,
  overview,
  link,
  pending,
  onRenew,
  onCovers,
  onWithdraw,
}: {
  invitation: SessionInvitation;
  overview: PreparationOverview;
  link: string | undefined;
  pending: boolean;
  onRenew: () => void;
  onCovers: (covers: string[]) => void;
  onWithdraw: () => void;
}) {
  const { t, i18n } = useTranslation();
  const linkRef = useRef<HTMLElement>(null);
  const locale = i18n.language;
  const brings = invitation.covers
    .map((id) => overview.perspectives.find((perspective) => perspective.id === id)?.name)
    .filter((name): name is string => name !== undefined);
  const answer =
    invitation.status === "revoked"
      ? t("preparation.invitees.withdrawn")
      : invitation.rsvp && invitation.respondedAt
        ? t("preparation.invitees.answered", {
            answer: t(`preparation.invitees.answers.${invitation.rsvp}`),
            date: formatDateTime(invitation.respondedAt, locale),
          })
        : invitation.status === "expired"
          ? t("preparation.invitees.expired")
          : t("preparation.invitees.noAnswer");
  return (
    <li className="prepare-item" data-testid="invitee">
      <div className="prepare-invitee">
        <strong>{invitation.name}</strong>
        <p className="muted">{[invitation.email, brings.join(", ")].filter(Boolean).join(" · ")}</p>
        <p>
          <span className={`badge rsvp-${invitation.rsvp ?? invitation.status}`}>{answer}</span>
          {invitation.note && <span className="prepare-note"> “{invitation.note}”</span>}
        </p>
        {invitation.emailedAt && (
          <p className="muted">
            {t("preparation.invitees.emailed", {
              date: formatDateTime(invitation.emailedAt, locale),
            })}
          </p>
        )}
        {invitation.status !== "revoked" && overview.perspectives.length > 0 && (
          <details className="prepare-covers">
            <summary>{t("preparation.invitees.covers")}</summary>
            <fieldset className="checkbox-list" disabled={pending}>
              <legend className="visually-hidden">
                {t("preparation.invitees.covers")}: {invitation.name}
              </legend>
              {overview.perspectives.map((perspective) => (
                <label key={perspective.id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={invitation.covers.includes(perspective.id)}
                    onChange={(event) =>
                      onCovers(
                        event.target.checked
                          ? [...invitation.covers, perspective.id]
                          : invitation.covers.filter((id) => id !== perspective.id),
                      )
                    }
                  />
                  {perspective.name}
                </label>
              ))}
            </fieldset>
          </details>
        )}
        {link && (
          <div className="prepare-link">
            <p>
              <strong>{t("preparation.invitees.linkFor", { name: invitation.name })}</strong>
              <br />
              <span className="muted">{t("preparation.invitees.linkOnce")}</span>
            </p>
            <code ref={linkRef} className="break" data-testid="invitation-link">
              {link}
            </code>
            <CopyButton text={link} source={linkRef} />
          </div>
        )}
      </div>
      {invitation.status !== "revoked" && (
        <div className="prepare-item-actions">
          <button
            type="button"
            className="button button-secondary"
            disabled={pending}
            onClick={onRenew}
          >
            {t("preparation.invitees.newLink")}
          </button>
          <button
            type="button"
            className="button button-danger"
            disabled={pending}
            onClick={onWithdraw}
          >
            {t("preparation.invitees.withdraw")}
          </button>
        </div>
      )}
    </li>
  );
}
