import { type Member, type Organisation, ROLES, type Role, roleSchema } from "@samspel/core";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { changeMemberRole, removeMember } from "../../api/accounts";
import { FieldError } from "../../forms/FieldError";
import { errorMessage } from "../../lib/error-message";
import { formatDate } from "../../lib/format";

interface MemberRowProps {
  member: Member;
  org: Organisation;
  /**
   * Admins manage everyone but themselves here: demoting or removing yourself is a different
   * act (leaving) with its own consequences, and the server's last-admin rule is the backstop.
   */
  canManage: boolean;
  isSelf: boolean;
  onChanged: (list: { members: Member[] }) => void;
  onRemoved: () => void;
}

type Busy = "idle" | "role" | "removing";

export function MemberRow({
  member,
  org,
  canManage,
  isSelf,
  onChanged,
  onRemoved,
}: MemberRowProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [busy, setBusy] = useState<Busy>("idle");
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const errorId = `${id}-error`;
  const removeRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // The button that was pressed disappears, so focus follows the question it opened, and
  // returns to "Remove" when the question is dismissed.
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (wasConfirming.current) removeRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const changeRole = async (role: Role) => {
    setBusy("role");
    setFailure(null);
    try {
      onChanged(await changeMemberRole(org.id, member.userId, role));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy("idle");
    }
  };

  const remove = async () => {
    setBusy("removing");
    setFailure(null);
    try {
      await removeMember(org.id, member.userId);
      onRemoved();
    } catch (error) {
      setFailure(error);
      setBusy("idle");
      setConfirming(false);
    }
  };

  return (
    <li className="member" aria-busy={busy !== "idle"}>
      <div className="member-who">
        <span className="member-name">
          {member.displayName}
          {isSelf && <span className="muted"> {t("members.you")}</span>}
        </span>
        <span className="member-email break">{member.email}</span>
        <span className="member-joined muted">
          {t("members.joined", { date: formatDate(member.joinedAt, i18n.language) })}
        </span>
      </div>
      <div className="member-role">
        {canManage ? (
          <>
            <label className="visually-hidden" htmlFor={`${id}-role`}>
              {t("members.roleFor", { name: member.displayName })}
            </label>
            <select
              id={`${id}-role`}
              name="role"
              className="select select-compact"
              value={member.role}
              disabled={busy !== "idle"}
              aria-describedby={failure ? errorId : undefined}
              onChange={(event) => {
                const role = roleSchema.safeParse(event.target.value);
                if (role.success) void changeRole(role.data);
              }}
            >
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`roles.${role}`)}
                </option>
              ))}
            </select>
          </>
        ) : (
          <span className="badge">{t(`roles.${member.role}`)}</span>
        )}
      </div>
      {canManage && !confirming && (
        <div className="member-actions">
          <button
            ref={removeRef}
            type="button"
            className="button button-quiet"
            aria-label={t("members.removeNamed", { name: member.displayName })}
            disabled={busy !== "idle"}
            onClick={() => setConfirming(true)}
          >
            {t("members.remove")}
          </button>
        </div>
      )}
      {confirming && (
        // A fieldset, so the question is read out when focus lands on its buttons.
        <fieldset className="member-confirm">
          <legend>
            {t("members.confirmRemove", { name: member.displayName, organisation: org.name })}
          </legend>
          <div className="actions">
            <button
              type="button"
              className="button button-danger"
              disabled={busy !== "idle"}
              onClick={() => void remove()}
            >
              {busy === "removing" ? t("members.removing") : t("members.confirmYes")}
            </button>
            <button
              ref={cancelRef}
              type="button"
              className="button button-secondary"
              disabled={busy !== "idle"}
              onClick={() => setConfirming(false)}
            >
              {t("common.cancel")}
            </button>
          </div>
        </fieldset>
      )}
      {failure !== null && (
        <div className="member-error">
          <FieldError id={errorId}>{errorMessage(failure, t)}</FieldError>
        </div>
      )}
    </li>
  );
}
