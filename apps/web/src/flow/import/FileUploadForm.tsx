import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "../../forms/Field";
import { SubmitButton } from "../../forms/SubmitButton";

/** Step 1 of an import: one file, and a word next to the field when none was chosen. */
export function FileUploadForm({
  label,
  hint,
  accept,
  pending,
  onFile,
  children,
}: {
  label: string;
  hint: string;
  accept: string;
  pending: boolean;
  onFile: (file: File) => void;
  /** Shown above the field: what the file should be. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const [noFile, setNoFile] = useState(false);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("file");
    const chosen = file instanceof File && file.name !== "";
    setNoFile(!chosen);
    if (chosen) onFile(file);
  };
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      {children}
      <Field
        name="file"
        type="file"
        accept={accept}
        label={label}
        hint={hint}
        error={noFile ? t("flow.import.chooseFile") : undefined}
      />
      <div className="actions">
        <SubmitButton
          pending={pending}
          label={t("flow.import.upload")}
          pendingLabel={t("flow.import.uploading")}
        />
      </div>
    </form>
  );
}
