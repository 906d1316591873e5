import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/Alert";
import { SubmitButton } from "../../forms/SubmitButton";
import type { useApiForm } from "../../forms/use-api-form";

type ApiForm = Pick<
  ReturnType<typeof useApiForm>,
  "formRef" | "onSubmit" | "pending" | "formError"
>;

/** The frame every training form shares: heading, the form's one error, fields, submit. */
export function FormFrame({
  form,
  heading,
  submitLabel,
  className = "stack",
  testId,
  children,
}: {
  form: ApiForm;
  heading?: ReactNode;
  submitLabel: string;
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <form
      ref={form.formRef}
      onSubmit={form.onSubmit}
      noValidate
      className={className}
      data-testid={testId}
    >
      {heading}
      {form.formError && <ErrorAlert>{form.formError}</ErrorAlert>}
      {children}
      <div>
        <SubmitButton
          pending={form.pending}
          label={submitLabel}
          pendingLabel={t("training.saving")}
        />
      </div>
    </form>
  );
}

/** After a form is sent: empty it for the next entry, then let the page reload what changed. */
export const resetThen =
  (done: () => void) =>
  (_result: unknown, element: HTMLFormElement): void => {
    element.reset();
    done();
  };

/** Numbers typed in a form arrive as text; an empty field leaves the schema's default. */
export function numbers(values: Record<string, string>, names: readonly string[]) {
  const body: Record<string, unknown> = { ...values };
  for (const name of names) {
    const text = values[name]?.trim() ?? "";
    if (text === "") delete body[name];
    else body[name] = Number(text);
  }
  return body;
}
