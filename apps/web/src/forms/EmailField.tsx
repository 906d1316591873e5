import { useTranslation } from "react-i18next";
import { Field, type FieldProps } from "./Field";

/**
 * An email address: phones offer the keyboard with "@", and no spell-checker underlines every
 * address. Where it autocompletes from differs per form (a login, a new account, someone else's).
 */
export function EmailField(props: Omit<FieldProps, "name" | "type" | "label">) {
  const { t } = useTranslation();
  return (
    <Field
      name="email"
      type="email"
      label={t("fields.email")}
      inputMode="email"
      spellCheck={false}
      {...props}
    />
  );
}
