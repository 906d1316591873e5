import { createOrganisationBodySchema } from "@samspel/core";
import { useTranslation } from "react-i18next";
import { useLocation } from "wouter";
import { createOrganisation } from "../api/accounts";
import { ErrorAlert } from "../components/Alert";
import { PageHeading } from "../components/PageHeading";
import { Field } from "../forms/Field";
import { SubmitButton } from "../forms/SubmitButton";
import { useApiForm } from "../forms/use-api-form";
import { useDocumentTitle } from "../lib/use-document-title";
import { homePathFor } from "../session/home-path";
import { useMe, useSession } from "../session/session-context";

export function NewOrganisationPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { replace } = useSession();
  const [, navigate] = useLocation();
  useDocumentTitle(t("newOrg.title"));

  const form = useApiForm({
    schema: createOrganisationBodySchema,
    submit: (body) => createOrganisation(body.name),
    onSuccess: (updated) => {
      replace(updated);
      navigate(homePathFor(updated));
    },
  });

  return (
    <div className="narrow">
      <PageHeading>{t("newOrg.title")}</PageHeading>
      {me.organisations.length === 0 && <p>{t("newOrg.noneYet")}</p>}
      <p className="muted">{t("newOrg.intro")}</p>
      <form ref={form.formRef} onSubmit={form.onSubmit} noValidate className="card stack">
        {form.formError && <ErrorAlert>{form.formError}</ErrorAlert>}
        <Field
          name="name"
          label={t("fields.organisationName")}
          hint={t("signup.organisationNameHint")}
          autoComplete="organization"
          required
          error={form.fieldError("name")}
        />
        <SubmitButton
          block
          pending={form.pending}
          label={t("newOrg.submit")}
          pendingLabel={t("newOrg.submitting")}
        />
      </form>
    </div>
  );
}
