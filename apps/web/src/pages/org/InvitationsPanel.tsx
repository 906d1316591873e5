import { createInvitationBodySchema, type Invitation, ROLES } from "@samspel/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { createInvitation, fetchInvitations } from "../../api/accounts";
import { ErrorAlert } from "../../components/Alert";
import { CopyButton } from "../../components/CopyButton";
import { EmailField } from "../../forms/EmailField";
import { SelectField } from "../../forms/SelectField";
import { SubmitButton } from "../../forms/SubmitButton";
import { useApiForm } from "../../forms/use-api-form";
import { formatDate } from "../../lib/format";
import { useResource } from "../../lib/use-resource";
import { PendingInvitations } from "./PendingInvitations";

/** Admin only: invite by link, and see or revoke the links still out there. */
export function InvitationsPanel({ orgId }: { orgId: string }) {
  const invitations = useResource(`invitations:${orgId}`, (signal) =>
    fetchInvitations(orgId, signal),
  );
  return (
    <div className="stack-lg">
      <InviteForm orgId={orgId} onCreated={invitations.reload} />
      <PendingInvitations orgId={orgId} invitations={invitations} />
    </div>
  );
}

function InviteForm({ orgId, onCreated }: { orgId: string; onCreated: () => void }) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<Invitation | null>(null);
  const form = useApiForm({
    schema: createInvitationBodySchema,
    submit: (body) => createInvitation(orgId, body),
    onSuccess: (invitation, element) => {
      setCreated(invitation);
      element.reset();
      onCreated();
    },
  });

  return (
    <section className="card stack" aria-labelledby="invite-title">
      <h2 id="invite-title">{t("invitations.title")}</h2>
      <p className="muted">{t("invitations.intro")}</p>
      <form
        ref={form.formRef}
        onSubmit={form.onSubmit}
        noValidate
        className="stack"
        data-testid="invite-form"
      >
        {form.formError && <ErrorAlert>{form.formError}</ErrorAlert>}
        <EmailField autoComplete="off" required error={form.fieldError("email")} />
        <SelectField
          name="role"
          label={t("fields.role")}
          defaultValue="member"
          error={form.fieldError("role")}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </SelectField>
        <div>
          <SubmitButton
            pending={form.pending}
            label={t("invitations.submit")}
            pendingLabel={t("invitations.submitting")}
          />
        </div>
      </form>
      {created && <CreatedLink invitation={created} />}
    </section>
  );
}

function CreatedLink({ invitation }: { invitation: Invitation }) {
  const { t, i18n } = useTranslation();
  const linkRef = useRef<HTMLElement>(null);
  // The link exists only in the answer that created it; without it there is nothing to pass on.
  if (!invitation.link) return <ErrorAlert>{t("clientErrors.unexpected")}</ErrorAlert>;
  return (
    <div className="invite-result stack" role="status">
      <p className="invite-result-title">{t("invitations.linkReady")}</p>
      <code ref={linkRef} className="invite-link" data-testid="invite-link">
        {invitation.link}
      </code>
      <div className="actions">
        <CopyButton text={invitation.link} source={linkRef} />
      </div>
      <p className="field-hint">
        {t("invitations.linkNote", { date: formatDate(invitation.expiresAt, i18n.language) })}
      </p>
    </div>
  );
}
