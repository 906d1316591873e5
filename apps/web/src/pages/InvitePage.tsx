import { acceptInvitationBodySchema, type InvitationPreview, type Me } from "@samspel/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "wouter";
import { acceptInvitation, previewInvitation } from "../api/accounts";
import { ApiError } from "../api/client";
import { ErrorAlert } from "../components/Alert";
import { LoadError } from "../components/LoadError";
import { Loading } from "../components/Loading";
import { PageHeading } from "../components/PageHeading";
import { Field } from "../forms/Field";
import { NewPasswordField } from "../forms/NewPasswordField";
import { SubmitButton } from "../forms/SubmitButton";
import { useApiForm } from "../forms/use-api-form";
import { currentLocale } from "../i18n/setup";
import { formatDate } from "../lib/format";
import { loginPathFor } from "../lib/safe-next";
import { useDocumentTitle } from "../lib/use-document-title";
import { useResource } from "../lib/use-resource";
import { homePathFor } from "../session/home-path";
import { useSession } from "../session/session-context";

/** Answers after which the link can never work again; each gets its own explanation. */
type DeadEnd = "notFound" | "expired" | "used" | "revoked";

function deadEndOf(error: unknown): DeadEnd | null {
  if (!(error instanceof ApiError)) return null;
  switch (error.code) {
    case "invitation_not_found":
    case "not_found":
      return "notFound";
    case "invitation_expired":
      return "expired";
    case "invitation_used":
      return "used";
    case "invitation_revoked":
      return "revoked";
    default:
      return null;
  }
}

export function InvitePage({ token }: { token: string }) {
  const { t } = useTranslation();
  const preview = useResource(`invitation:${token}`, (signal) => previewInvitation(token, signal));
  const [deadEnd, setDeadEnd] = useState<DeadEnd | null>(null);

  const ended = deadEnd ?? (preview.status === "error" ? deadEndOf(preview.error) : null);
  useDocumentTitle(
    ended
      ? t(`invite.${ended}Title`)
      : preview.status === "ready"
        ? t("invite.title", { organisation: preview.data.organisationName })
        : undefined,
  );

  if (ended) return <DeadEndView kind={ended} />;
  if (preview.status === "loading") return <Loading />;
  if (preview.status === "error") {
    return (
      <div className="narrow">
        <LoadError error={preview.error} onRetry={preview.reload} />
      </div>
    );
  }

  const invitation = preview.data;
  return (
    <div className="narrow">
      <PageHeading>{t("invite.title", { organisation: invitation.organisationName })}</PageHeading>
      <InvitationDetails invitation={invitation} />
      <Acceptance
        token={token}
        invitation={invitation}
        onDeadEnd={(error) => {
          const kind = deadEndOf(error);
          if (kind) setDeadEnd(kind);
          return kind !== null;
        }}
      />
    </div>
  );
}

function InvitationDetails({ invitation }: { invitation: InvitationPreview }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="facts card">
      <div>
        <dt>{t("invite.organisation")}</dt>
        <dd>{invitation.organisationName}</dd>
      </div>
      <div>
        <dt>{t("invite.invitedBy")}</dt>
        <dd>{invitation.invitedByName}</dd>
      </div>
      <div>
        <dt>{t("invite.email")}</dt>
        <dd className="break">{invitation.email}</dd>
      </div>
      <div>
        <dt>{t("invite.role")}</dt>
        <dd>{t(`roles.${invitation.role}`)}</dd>
      </div>
      <div>
        <dt>{t("invite.expires")}</dt>
        <dd>{formatDate(invitation.expiresAt, i18n.language)}</dd>
      </div>
    </dl>
  );
}

interface AcceptanceProps {
  token: string;
  invitation: InvitationPreview;
  onDeadEnd: (error: unknown) => boolean;
}

/** What the holder of the link can do, which depends on who they are. */
function Acceptance({ token, invitation, onDeadEnd }: AcceptanceProps) {
  const { t } = useTranslation();
  const { state, establish, logout } = useSession();
  const [, navigate] = useLocation();

  const onAccepted = (me: Me) => {
    establish(me);
    navigate(joinedPath(me, invitation), { replace: true });
  };

  if (state.status === "loading") return <Loading />;

  if (state.status === "authenticated") {
    const { me } = state;
    if (sameEmail(me.user.email, invitation.email)) {
      return (
        <JoinForm
          token={token}
          invitation={invitation}
          onAccepted={onAccepted}
          onDeadEnd={onDeadEnd}
        />
      );
    }
    return (
      <div className="card stack">
        <p>{t("invite.wrongAccount", { invited: invitation.email, current: me.user.email })}</p>
        <div>
          <button type="button" className="button button-secondary" onClick={() => void logout()}>
            {t("invite.logoutAndContinue")}
          </button>
        </div>
      </div>
    );
  }

  if (invitation.accountExists) {
    return (
      <div className="card stack">
        <p>{t("invite.loginPrompt", { email: invitation.email })}</p>
        <div>
          <Link
            href={loginPathFor(`/invite/${encodeURIComponent(token)}`)}
            className="button button-primary"
          >
            {t("invite.loginButton")}
          </Link>
        </div>
      </div>
    );
  }

  return (
    <NewAccountForm
      token={token}
      invitation={invitation}
      onAccepted={onAccepted}
      onDeadEnd={onDeadEnd}
    />
  );
}

interface FormProps extends AcceptanceProps {
  onAccepted: (me: Me) => void;
}

function JoinForm({ token, invitation, onAccepted, onDeadEnd }: FormProps) {
  const { t } = useTranslation();
  const form = useApiForm({
    schema: acceptInvitationBodySchema,
    // Logged in already: the session says who is joining, so the body is empty.
    toBody: () => ({}),
    submit: (body) => acceptInvitation(token, body),
    onSuccess: onAccepted,
    onError: onDeadEnd,
  });
  return (
    <form ref={form.formRef} onSubmit={form.onSubmit} noValidate className="stack">
      {form.formError && <ErrorAlert>{form.formError}</ErrorAlert>}
      <div>
        <SubmitButton
          pending={form.pending}
          label={t("invite.joinButton", { organisation: invitation.organisationName })}
          pendingLabel={t("invite.joining")}
        />
      </div>
    </form>
  );
}

function NewAccountForm({ token, invitation, onAccepted, onDeadEnd }: FormProps) {
  const { t } = useTranslation();
  const form = useApiForm({
    schema: acceptInvitationBodySchema,
    toBody: (values) => ({ ...values, locale: currentLocale() }),
    submit: (body) => acceptInvitation(token, body),
    onSuccess: onAccepted,
    onError: onDeadEnd,
  });
  return (
    <section className="stack" aria-labelledby="new-account-title">
      <h2 id="new-account-title">{t("invite.createAccountTitle")}</h2>
      <p className="muted">{t("invite.createAccountIntro", { email: invitation.email })}</p>
      <form ref={form.formRef} onSubmit={form.onSubmit} noValidate className="card stack">
        {form.formError && <ErrorAlert>{form.formError}</ErrorAlert>}
        <Field
          name="displayName"
          label={t("fields.displayName")}
          autoComplete="name"
          required
          error={form.fieldError("displayName")}
        />
        <NewPasswordField error={form.fieldError("password")} />
        <SubmitButton
          block
          pending={form.pending}
          label={t("invite.joinButton", { organisation: invitation.organisationName })}
          pendingLabel={t("invite.joining")}
        />
      </form>
    </section>
  );
}

function DeadEndView({ kind }: { kind: DeadEnd }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const title = t(`invite.${kind}Title`);
  return (
    <div className="narrow">
      <div className="card stack dead-end">
        <PageHeading>{title}</PageHeading>
        <p>{t(`invite.${kind}Body`)}</p>
        <div className="actions">
          {kind === "used" && !me && (
            <Link href="/login" className="button button-primary">
              {t("nav.login")}
            </Link>
          )}
          <Link href="/" className="button button-secondary">
            {t("invite.goHome")}
          </Link>
        </div>
      </div>
    </div>
  );
}

/** Both are stored trimmed and lower-cased by core's email schema; compare the same way. */
function sameEmail(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The organisation just joined: the server makes it active; its name is the fallback clue. */
function joinedPath(me: Me, invitation: InvitationPreview): string {
  const joined =
    me.organisations.find(
      (org) => org.id === me.activeOrganisationId && org.name === invitation.organisationName,
    ) ?? me.organisations.find((org) => org.name === invitation.organisationName);
  return joined ? `/orgs/${encodeURIComponent(joined.id)}` : homePathFor(me);
}
