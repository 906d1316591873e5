import {
  missingEssentialKinds,
  PERSPECTIVE_KINDS,
  type PerspectiveKind,
  type PreparationOverview,
} from "@samspel/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { addPerspective, removePerspective, updatePerspective } from "../../../api/preparation";
import { ErrorAlert } from "../../../components/Alert";
import { Field } from "../../../forms/Field";
import { SelectField } from "../../../forms/SelectField";
import { SubmitButton } from "../../../forms/SubmitButton";
import { errorMessage } from "../../../lib/error-message";
import { useAction } from "./use-action";

/** Who needs to be there: each perspective, whether it is required, and who brings it. */
export function PerspectivesPanel({
  sessionId,
  overview,
  onChanged,
}: {
  sessionId: string;
  overview: PreparationOverview;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const action = useAction(onChanged);
  const [name, setName] = useState("");
  const [kind, setKind] = useState<PerspectiveKind>("management");
  const [required, setRequired] = useState(true);
  const essential = missingEssentialKinds(overview.perspectives);
  const names = new Map(overview.invitations.map((invitation) => [invitation.id, invitation.name]));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!name.trim()) return;
    if (await action.run(() => addPerspective(sessionId, { name, kind, required }))) setName("");
  };

  return (
    <section className="card stack" aria-labelledby="perspectives-title">
      <h2 id="perspectives-title">{t("preparation.perspectives.title")}</h2>
      <p className="muted">{t("preparation.perspectives.intro")}</p>
      {action.failure !== null && <ErrorAlert>{errorMessage(action.failure, t)}</ErrorAlert>}
      {essential.length > 0 && overview.perspectives.length > 0 && (
        <p className="prepare-nudge" data-testid="essential-missing">
          {t("preparation.perspectives.essentialMissing", {
            kinds: essential
              .map((k) => t(`preparation.perspectives.kinds.${k}`).toLowerCase())
              .join(", "),
          })}
        </p>
      )}
      {overview.perspectives.length === 0 ? (
        <p className="empty">{t("preparation.perspectives.empty")}</p>
      ) : (
        <ul className="prepare-list" data-testid="perspectives">
          {overview.perspectives.map((perspective) => {
            const coverage = overview.coverage.find(
              (entry) => entry.perspectiveId === perspective.id,
            );
            const state = coverage?.state ?? "missing";
            const bringers = (coverage?.coveredBy ?? []).map((id) => names.get(id) ?? "?");
            return (
              <li key={perspective.id} className="prepare-item">
                <div>
                  <strong>{perspective.name}</strong>
                  <p className="muted">
                    {t(`preparation.perspectives.kinds.${perspective.kind}`)}
                    {bringers.length > 0 &&
                      ` · ${t("preparation.perspectives.coveredBy", { names: bringers.join(", ") })}`}
                  </p>
                </div>
                <div className="prepare-item-actions">
                  <span
                    className={`badge coverage-${perspective.required ? state : "optional"}`}
                    data-testid="coverage"
                  >
                    {perspective.required
                      ? t(`preparation.perspectives.${state}`)
                      : t("preparation.perspectives.optional")}
                  </span>
                  <label className="checkbox">
                    <input
                      type="checkbox"
                      checked={perspective.required}
                      disabled={action.pending}
                      onChange={(event) =>
                        void action.run(() =>
                          updatePerspective(sessionId, perspective.id, {
                            required: event.target.checked,
                          }),
                        )
                      }
                    />
                    {t("preparation.perspectives.makeRequired")}
                  </label>
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={action.pending}
                    aria-label={t("preparation.perspectives.remove", { name: perspective.name })}
                    onClick={() =>
                      void action.run(() => removePerspective(sessionId, perspective.id))
                    }
                  >
                    ✕
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <form className="prepare-add" onSubmit={(event) => void onSubmit(event)} noValidate>
        <Field
          name="perspectiveName"
          label={t("preparation.perspectives.name")}
          value={name}
          maxLength={200}
          onChange={(event) => setName(event.target.value)}
        />
        <SelectField
          name="perspectiveKind"
          label={t("preparation.perspectives.kind")}
          value={kind}
          onChange={(event) =>
            setKind(PERSPECTIVE_KINDS.find((k) => k === event.target.value) ?? "other")
          }
        >
          {PERSPECTIVE_KINDS.map((option) => (
            <option key={option} value={option}>
              {t(`preparation.perspectives.kinds.${option}`)}
            </option>
          ))}
        </SelectField>
        <label className="checkbox">
          <input
            type="checkbox"
            name="perspectiveRequired"
            checked={required}
            onChange={(event) => setRequired(event.target.checked)}
          />
          {t("preparation.perspectives.required")}
        </label>
        <SubmitButton
          pending={action.pending}
          label={t("preparation.perspectives.add")}
          pendingLabel={t("preparation.perspectives.adding")}
        />
      </form>
    </section>
  );
}

/** The required perspectives nobody who may come brings: said before anything is sent. */
export function GapsNote({ overview }: { overview: PreparationOverview }) {
  const { t } = useTranslation();
  if (overview.perspectives.every((perspective) => !perspective.required)) return null;
  if (overview.gaps.length === 0) {
    return <p className="note-success">{t("preparation.perspectives.noGaps")}</p>;
  }
  const names = overview.gaps.map(
    (id) => overview.perspectives.find((perspective) => perspective.id === id)?.name ?? id,
  );
  return (
    <div className="alert alert-warning" role="status" data-testid="gaps">
      <p>
        <strong>{t("preparation.perspectives.gapsTitle")}</strong>
        <br />
        {t("preparation.perspectives.gapsIntro")} {names.join(", ")}
      </p>
    </div>
  );
}
