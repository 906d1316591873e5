import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { fetchMyInvitations } from "../../api/preparation";
import { currentLocale } from "../../i18n/setup";
import { formatDateTime } from "../../lib/format";
import { useResource } from "../../lib/use-resource";

/** The sessions this member is invited to by account, still open: each leads to its page. */
export function MyInvitations() {
  const { t } = useTranslation();
  const invitations = useResource("my-session-invitations", (signal) => fetchMyInvitations(signal));
  if (invitations.status !== "ready") return null;
  const open = invitations.data.filter((invitation) => invitation.status === "open");
  if (open.length === 0) return null;
  const locale = currentLocale();
  return (
    <section
      className="card stack"
      aria-labelledby="my-invitations-title"
      data-testid="my-invitations"
    >
      <h2 id="my-invitations-title">{t("preparation.mine.title")}</h2>
      <ul className="prepare-list">
        {open.map((invitation) => (
          <li key={invitation.id} className="prepare-item">
            <div className="prepare-invitee">
              <Link href={`/invitations/${encodeURIComponent(invitation.id)}`}>
                <strong>{invitation.sessionTitle}</strong>
              </Link>
              <p className="muted">
                {[
                  invitation.organisationName,
                  invitation.startsAt ? formatDateTime(invitation.startsAt, locale) : null,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
            </div>
            <span className={`badge rsvp-${invitation.rsvp ?? "open"}`}>
              {invitation.rsvp
                ? t("preparation.mine.answer", {
                    answer: t(`preparation.invitees.answers.${invitation.rsvp}`),
                  })
                : t("preparation.mine.noAnswer")}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
