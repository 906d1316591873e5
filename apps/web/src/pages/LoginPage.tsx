import { loginBodySchema } from "@samspel/core";
import { useTranslation } from "react-i18next";
import { Link, Redirect, useLocation, useSearch } from "wouter";
import { login } from "../api/accounts";
import { ErrorAlert } from "../components/Alert";
import { PageHeading } from "../components/PageHeading";
import { Field } from "../forms/Field";
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
        <Field
          name="email"
          type="email"
          label={t("fields.email")}
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          required
          error={form.fieldError("email")}
        />
        <Field
          name="password"
          type="password"
          label={t("fields.password")}
          autoComplete="current-password"
          required
          error={form.fieldError("password")}
        />
        <button
          type="submit"
          className="button button-primary button-block"
          disabled={form.pending}
        >
          {form.pending ? t("login.submitting") : t("login.submit")}
        </button>
      </form>
      <p className="after-card">
        {t("login.noAccount")} <Link href="/signup">{t("login.signupLink")}</Link>
      </p>
    </div>
  );
}
