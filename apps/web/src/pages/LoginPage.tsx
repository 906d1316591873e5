import { loginBodySchema } from "@samspel/core";
import { useTranslation } from "react-i18next";
import { Link, Redirect, useLocation, useSearch } from "wouter";
import { login } from "../api/accounts";
import { ErrorAlert } from "../components/Alert";
import { PageHeading } from "../components/PageHeading";
import { EmailField } from "../forms/EmailField";
import { Field } from "../forms/Field";
import { SubmitButton } from "../forms/SubmitButton";
import { useApiForm } from "../forms/use-api-form";
import { safeNextPath } from "../lib/safe-next";
import { useDocumentTitle } from "../lib/use-document-title";
import { homePathFor } from "../session/home-path";
import { useSession } from "../session/session-context";

export function LoginPage() {
  const { t } = useTranslation();
  const { me, establish } = useSession();
  const [, navigate] = useLocation();
  const search = useSearch();
  const next = safeNextPath(new URLSearchParams(search).get("next"), window.location.origin);
  useDocumentTitle(t("login.title"));

  const form = useApiForm({
    schema: loginBodySchema,
    submit: login,
    onSuccess: (signedIn) => {
      establish(signedIn);
      navigate(next ?? homePathFor(signedIn), { replace: true });
    },
  });

  if (me && !form.pending) return <Redirect to={next ?? homePathFor(me)} replace />;

  return (
    <div className="narrow">
      <PageHeading>{t("login.title")}</PageHeading>
      <form ref={form.formRef} onSubmit={form.onSubmit} noValidate className="card stack">
        {form.formError && <ErrorAlert>{form.formError}</ErrorAlert>}
        <EmailField autoComplete="username" required error={form.fieldError("email")} />
        <Field
          name="password"
          type="password"
          label={t("fields.password")}
          autoComplete="current-password"
          required
          error={form.fieldError("password")}
        />
        <SubmitButton
          block
          pending={form.pending}
          label={t("login.submit")}
          pendingLabel={t("login.submitting")}
        />
      </form>
      <p className="after-card">
        {t("login.noAccount")} <Link href="/signup">{t("login.signupLink")}</Link>
      </p>
    </div>
  );
}
