import { signupBodySchema } from "@samspel/core";
import { useTranslation } from "react-i18next";
import { Link, Redirect, useLocation } from "wouter";
import { signup } from "../api/accounts";
import { ErrorAlert } from "../components/Alert";
import { PageHeading } from "../components/PageHeading";
import { EmailField } from "../forms/EmailField";
import { Field } from "../forms/Field";
import { NewPasswordField } from "../forms/NewPasswordField";
import { SubmitButton } from "../forms/SubmitButton";
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
        <EmailField autoComplete="email" required error={form.fieldError("email")} />
        <NewPasswordField error={form.fieldError("password")} />
        <Field
          name="organisationName"
          label={t("fields.organisationName")}
          hint={t("signup.organisationNameHint")}
          autoComplete="organization"
          required
          error={form.fieldError("organisationName")}
        />
        <SubmitButton
          block
          pending={form.pending}
          label={t("signup.submit")}
          pendingLabel={t("signup.submitting")}
        />
      </form>
      <p className="after-card">
        {t("signup.haveAccount")} <Link href="/login">{t("signup.loginLink")}</Link>
      </p>
    </div>
  );
}
