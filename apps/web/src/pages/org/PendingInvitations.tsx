import type { Invitation } from "@samspel/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { revokeInvitation } from "../../api/accounts";
import { LoadError } from "../../components/LoadError";
import { Loading } from "../../components/Loading";
import { FieldError } from "../../forms/FieldError";
import { errorMessage } from "../../lib/error-message";
import { formatDate } from "../../lib/format";
import type { Resource } from "../../lib/use-resource";

interface PendingInvitationsProps {
  orgId: string;
  invitations: Resource<{ invitations: Invitation[] }> & { reload: () => void };
}

export function PendingInvitations({ orgId, invitations }: PendingInvitationsProps) {
  const { t } = useTranslation();
  return (
    <section className="stack" aria-labelledby="pending-title">
      <h2 id="pending-title">{t("invitations.pendingTitle")}</h2>
      {invitations.status === "loading" && <Loading />}
      {invitations.status === "error" && (
        <LoadError error={invitations.error} onRetry={invitations.reload} />
      )}
      {invitations.status === "ready" && (
        <PendingList
          orgId={orgId}
          // The list may also hold accepted, expired and revoked ones; only pending links matter here.
          pending={invitations.data.invitations.filter((i) => i.status === "pending")}
          onRevoked={invitations.reload}
        />
      )}
    </section>
  );
}

function PendingList({
  orgId,
  pending,
  onRevoked,
}: {
  orgId: string;
  pending: Invitation[];
  onRevoked: () => void;
}) {
  const { t } = useTranslation();
  if (pending.length === 0) return <p className="empty">{t("invitations.pendingEmpty")}</p>;
  return (
    <ul className="invitation-list card" data-testid="pending-invitations">
      {pending.map((invitation) => (
        <PendingRow
          key={invitation.id}
          orgId={orgId}
          invitation={invitation}
          onRevoked={onRevoked}
        />
      ))}
    </ul>
  );
}

function PendingRow({
  orgId,
  invitation,
  onRevoked,
}: {
  orgId: string;
  invitation: Invitation;
  onRevoked: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [revoking, setRevoking] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const revoke = async () => {
    setRevoking(true);
    setFailure(null);
    try {
      await revokeInvitation(orgId, invitation.id);
      onRevoked();
    } catch (error) {
      setFailure(error);
      setRevoking(false);
    }
  };

  return (
    <li className="invitation">
      <div className="invitation-who">
        <span className="break">{invitation.email}</span>
        <span className="muted">
          {t("invitations.invitedBy", { name: invitation.invitedByName })}
          {" · "}
          {t("invitations.expires", { date: formatDate(invitation.expiresAt, i18n.language) })}
        </span>
      </div>
      <span className="badge">{t(`roles.${invitation.role}`)}</span>
      <button
        type="button"
        className="button button-quiet"
        aria-label={t("invitations.revokeNamed", { email: invitation.email })}
        disabled={revoking}
        onClick={() => void revoke()}
      >
        {t("invitations.revoke")}
      </button>
      {failure !== null && (
        <div className="invitation-error">
          <FieldError id={`revoke-error-${invitation.id}`}>{errorMessage(failure, t)}</FieldError>
        </div>
      )}
    </li>
  );
}
