import { LOCALES, updateMeBodySchema } from "@samspel/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { updateMe } from "../api/accounts";
import { ErrorAlert, SuccessNote } from "../components/Alert";
import { PageHeading } from "../components/PageHeading";
import { Field } from "../forms/Field";
import { SelectField } from "../forms/SelectField";
import { SubmitButton } from "../forms/SubmitButton";
import { useApiForm } from "../forms/use-api-form";
import { LANGUAGE_NAMES } from "../i18n/resources";
import { applyLocale } from "../i18n/setup";
import { useDocumentTitle } from "../lib/use-document-title";
import { useMe, useSession } from "../session/session-context";

export function AccountPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { replace } = useSession();
  const [saved, setSaved] = useState(false);
  useDocumentTitle(t("account.title"));

  const form = useApiForm({
    schema: updateMeBodySchema,
    submit: updateMe,
    onSuccess: (updated) => {
      replace(updated);
      void applyLocale(updated.user.locale);
      setSaved(true);
    },
  });

  return (
    <div className="narrow">
      <PageHeading>{t("account.title")}</PageHeading>
      <form
        ref={form.formRef}
        onSubmit={form.onSubmit}
        onInput={() => setSaved(false)}
        noValidate
        className="card stack"
      >
        {form.formError && <ErrorAlert>{form.formError}</ErrorAlert>}
        <div className="field">
          <span className="label">{t("account.email")}</span>
          <span className="static-value break">{me.user.email}</span>
        </div>
        <Field
          name="displayName"
          label={t("fields.displayName")}
          defaultValue={me.user.displayName}
          autoComplete="name"
          required
          error={form.fieldError("displayName")}
        />
        <SelectField
          // Remounted when the header's switcher saves another language, so this shows it too.
          key={me.user.locale}
          name="locale"
          label={t("fields.language")}
          hint={t("account.languageHint")}
          defaultValue={me.user.locale}
          error={form.fieldError("locale")}
        >
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {LANGUAGE_NAMES[locale]}
            </option>
          ))}
        </SelectField>
        <div className="actions">
          <SubmitButton
            pending={form.pending}
            label={t("common.save")}
            pendingLabel={t("common.saving")}
          />
          {saved && <SuccessNote>{t("account.saved")}</SuccessNote>}
        </div>
      </form>
    </div>
  );
}
