import type { AgendaTemplate, TemplateDesign } from "@samspel/core";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  deleteAgendaTemplate,
  renameAgendaTemplate,
  saveAgendaTemplate,
} from "../../../api/agenda-templates";
import { ErrorAlert, SuccessNote } from "../../../components/Alert";
import { errorMessage } from "../../../lib/error-message";
import { useAction } from "../prepare/use-action";

interface TemplateShelfProps {
  orgId: string;
  templates: AgendaTemplate[];
  /** The design as it stands in the builder; the server judges it as it would a session's. */
  design: () => TemplateDesign;
  reload: () => void;
}

/** The organisation's own templates: save the design as one, rename them, delete them. */
export function TemplateShelf({ orgId, templates, design, reload }: TemplateShelfProps) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState("");
  const [saved, setSaved] = useState<string | null>(null);
  const { run, pending, failure } = useAction(reload);

  const save = async () => {
    const trimmed = name.trim();
    setSaved(null);
    const ok = await run(() => saveAgendaTemplate(orgId, { name: trimmed, design: design() }));
    if (ok) {
      setSaved(trimmed);
      setName("");
    }
  };

  return (
    <section className="card stack no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("methods.agenda.shelf.title")}</h2>
      <p className="muted">{t("methods.agenda.shelf.intro")}</p>
      <div className="form-row">
        <div className="field">
          <label className="label" htmlFor={`${id}-name`}>
            {t("methods.agenda.shelf.name")}
          </label>
          <input
            id={`${id}-name`}
            className="input"
            maxLength={120}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <div className="actions">
          <button
            type="button"
            className="button button-secondary"
            disabled={pending}
            onClick={() => void save()}
          >
            {pending ? t("methods.agenda.shelf.saving") : t("methods.agenda.shelf.save")}
          </button>
        </div>
      </div>
      {failure !== null && <ErrorAlert>{errorMessage(failure, t)}</ErrorAlert>}
      {saved !== null && failure === null && (
        <SuccessNote>{t("methods.agenda.shelf.saved", { name: saved })}</SuccessNote>
      )}
      {templates.length === 0 ? (
        <p className="muted">{t("methods.agenda.shelf.none")}</p>
      ) : (
        <ul className="stack" data-testid="own-templates">
          {templates.map((template) => (
            <OwnTemplate key={template.id} orgId={orgId} template={template} reload={reload} />
          ))}
        </ul>
      )}
    </section>
  );
}

function OwnTemplate({
  orgId,
  template,
  reload,
}: {
  orgId: string;
  template: AgendaTemplate;
  reload: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState(template.name);
  const { run, pending, failure } = useAction(reload);
  const label = { name: template.name };
  return (
    <li className="stack" data-testid="own-template">
      <div className="form-row">
        <div className="field">
          <label className="label" htmlFor={id}>
            {t("methods.agenda.shelf.renameLabel", label)}
          </label>
          <input
            id={id}
            className="input"
            maxLength={120}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
          <p className="field-hint">
            {t("methods.agenda.shelf.steps", { count: template.design.steps.length })}
          </p>
        </div>
        <div className="actions">
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={pending || name.trim() === template.name}
            onClick={() => void run(() => renameAgendaTemplate(orgId, template.id, name.trim()))}
          >
            {t("methods.agenda.shelf.rename")}
          </button>
          <button
            type="button"
            className="button button-quiet button-small"
            aria-label={t("methods.agenda.shelf.deleteLabel", label)}
            disabled={pending}
            onClick={() => void run(() => deleteAgendaTemplate(orgId, template.id))}
          >
            {t("methods.agenda.shelf.delete")}
          </button>
        </div>
      </div>
      {failure !== null && <ErrorAlert>{errorMessage(failure, t)}</ErrorAlert>}
    </li>
  );
}
