import type { Material } from "@samspel/core";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import {
  addMaterial,
  materialFileUrl,
  removeMaterial,
  uploadMaterial,
} from "../../../api/preparation";
import { ErrorAlert } from "../../../components/Alert";
import { Field } from "../../../forms/Field";
import { SubmitButton } from "../../../forms/SubmitButton";
import { TextAreaField } from "../../../forms/TextAreaField";
import { errorMessage } from "../../../lib/error-message";
import { MaterialList } from "./MaterialList";
import { useAction } from "./use-action";

/** What invitees read before: facts, links and files, each added by its own small form. */
export function MaterialsPanel({
  sessionId,
  materials,
  onChanged,
}: {
  sessionId: string;
  materials: Material[];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const action = useAction(onChanged);

  /** Runs `write` with the form's fields; clears the form when it succeeded. */
  const submit =
    (write: (text: (name: string) => string, form: FormData) => Promise<unknown>) =>
    async (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const formElement = event.currentTarget;
      const form = new FormData(formElement);
      const text = (name: string) => String(form.get(name) ?? "").trim();
      if (await action.run(() => write(text, form))) formElement.reset();
    };

  return (
    <section className="card stack" aria-labelledby="materials-title">
      <h2 id="materials-title">{t("preparation.materials.title")}</h2>
      <p className="muted">{t("preparation.materials.intro")}</p>
      {action.failure !== null && <ErrorAlert>{errorMessage(action.failure, t)}</ErrorAlert>}
      {materials.length === 0 ? (
        <p className="empty">{t("preparation.materials.empty")}</p>
      ) : (
        <MaterialList
          materials={materials}
          fileUrl={(material) => materialFileUrl(sessionId, material.id)}
          onRemove={(material) => void action.run(() => removeMaterial(sessionId, material.id))}
          pending={action.pending}
        />
      )}
      <div className="prepare-materials-forms">
        <form
          className="stack"
          onSubmit={(event) =>
            void submit((text) =>
              addMaterial(sessionId, {
                kind: "text",
                title: text("factsTitle"),
                body: text("factsBody"),
              }),
            )(event)
          }
          noValidate
        >
          <h3>{t("preparation.materials.facts")}</h3>
          <Field name="factsTitle" label={t("preparation.materials.factsTitle")} maxLength={200} />
          <TextAreaField
            name="factsBody"
            label={t("preparation.materials.factsBody")}
            rows={3}
            maxLength={20000}
          />
          <SubmitButton
            pending={action.pending}
            label={t("preparation.materials.addFacts")}
            pendingLabel={t("preparation.materials.uploading")}
          />
        </form>
        <form
          className="stack"
          onSubmit={(event) =>
            void submit((text) =>
              addMaterial(sessionId, { kind: "link", title: text("linkTitle"), url: text("url") }),
            )(event)
          }
          noValidate
        >
          <h3>{t("preparation.materials.link")}</h3>
          <Field name="linkTitle" label={t("preparation.materials.linkTitle")} maxLength={200} />
          <Field name="url" type="url" label={t("preparation.materials.url")} maxLength={2000} />
          <SubmitButton
            pending={action.pending}
            label={t("preparation.materials.addLink")}
            pendingLabel={t("preparation.materials.uploading")}
          />
        </form>
        <form
          className="stack"
          onSubmit={(event) =>
            void submit(async (text, form) => {
              const file = form.get("file");
              if (!(file instanceof File) || file.size === 0) return;
              await uploadMaterial(sessionId, file, text("fileTitle"));
            })(event)
          }
          noValidate
        >
          <h3>{t("preparation.materials.file")}</h3>
          <Field
            name="file"
            type="file"
            label={t("preparation.materials.chooseFile")}
            hint={t("preparation.materials.fileHint")}
          />
          <Field name="fileTitle" label={t("preparation.materials.fileTitle")} maxLength={200} />
          <SubmitButton
            pending={action.pending}
            label={t("preparation.materials.upload")}
            pendingLabel={t("preparation.materials.uploading")}
          />
        </form>
      </div>
    </section>
  );
}
