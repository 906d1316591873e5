import { PASSWORD_MIN_LENGTH } from "@samspel/core";
import { useTranslation } from "react-i18next";
import { Field } from "./Field";

/**
 * A password being chosen. The minimum is core's, stated up front rather than learnt from a
 * rejection, and "new-password" lets a password manager offer to generate one.
 */
export function NewPasswordField({ error }: { error: string | undefined }) {
  const { t } = useTranslation();
  return (
    <Field
      name="password"
      type="password"
      label={t("fields.password")}
      hint={t("signup.passwordHint", { count: PASSWORD_MIN_LENGTH })}
      autoComplete="new-password"
      minLength={PASSWORD_MIN_LENGTH}
      required
      error={error}
    />
  );
}
