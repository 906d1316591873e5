import { PASSWORD_MIN_LENGTH, signupBodySchema } from "@samspel/core";
import { useTranslation } from "react-i18next";
import { Link, Redirect, useLocation } from "wouter";
import { signup } from "../api/accounts";
import { ErrorAlert } from "../components/Alert";
import { PageHeading } from "../components/PageHeading";
import { Field } from "../forms/Field";
import { useApiForm } from "../forms/use-api-form";
import { currentLocale } from "../i18n/setup";
import { useDocumentTitle } from "../lib/use-document-title";
import { homePathFor } from "../session/home-path";
import { useSession } from "../session/session-context";

export function SignupPage() {
  const { t } = useTranslation();
  const { me, establish } = useSession();
  const [, navigate] = useLocation();
  useDocumentTitle(t("signup.title"));

  const form = useApiForm({
    schema: signupBodySchema,
    // The account starts in the language the person signed up in.
    toBody: (values) => ({ ...values, locale: currentLocale() }),
    submit: signup,
    onSuccess: (next) => {
      establish(next);
      navigate(homePathFor(next), { replace: true });
    },
  });

  if (me && !form.pending) return <Redirect to={homePathFor(me)} replace />;

  return (
    <div className="narrow">
      <PageHeading>{t("signup.title")}</PageHeading>
      <p className="muted">{t("signup.intro")}</p>
      <form ref={form.formRef} onSubmit={form.onSubmit} noValidate className="card stack">
        {form.formError && <ErrorAlert>{form.formError}</ErrorAlert>}
        <Field
          name="displayName"
          label={t("fields.displayName")}
          autoComplete="name"
          required
          error={form.fieldError("displayName")}
        />
        <Field
          name="email"
          type="email"
          label={t("fields.email")}
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          required
          error={form.fieldError("email")}
        />
        <Field
          name="password"
          type="password"
          label={t("fields.password")}
          hint={t("signup.passwordHint", { count: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          minLength={PASSWORD_MIN_LENGTH}
          required
          error={form.fieldError("password")}
        />
        <Field
          name="organisationName"
          label={t("fields.organisationName")}
          hint={t("signup.organisationNameHint")}
          autoComplete="organization"
          required
          error={form.fieldError("organisationName")}
        />
        <button
          type="submit"
          className="button button-primary button-block"
          disabled={form.pending}
        >
          {form.pending ? t("signup.submitting") : t("signup.submit")}
        </button>
      </form>
      <p className="after-card">
        {t("signup.haveAccount")} <Link href="/login">{t("signup.loginLink")}</Link>
      </p>
    </div>
  );
}
