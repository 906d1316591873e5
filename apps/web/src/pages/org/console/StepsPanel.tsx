import {
  MAX_DOT_VOTE_BUDGET,
  OPINION_MODERATION,
  type OpinionModeration,
  PHASES,
  type Phase,
  stepInputFromView,
} from "@samspel/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/Alert";
import { useCommand } from "../../../live/use-command";
import { MethodPicker } from "../../../methods/MethodPicker";
import type { PanelProps } from "./panel-props";

/** The session's agenda: every step, starting any of them, and adding one. */
export function StepsPanel({ state, live }: PanelProps) {
  const { t } = useTranslation();
  const command = useCommand(live.send);
  const [phase, setPhase] = useState<Phase>("share_facts");
  const [silent, setSilent] = useState(false);
  const onAdd = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? "").trim();
    const dots = Number.parseInt(text("dots") || "0", 10);
    const moderation = text("opinionMap") as OpinionModeration | "off";
    const ok = await command.run({
      type: "step.add",
      payload: {
        step: {
          phase,
          methodName: text("methodName"),
          prompt: text("prompt"),
          settings: {
            silent,
            ...(dots > 0 && { dotVoteBudget: Math.min(MAX_DOT_VOTE_BUDGET, dots) }),
            ...(moderation !== "off" && { opinionMap: { moderation } }),
          },
        },
      },
    });
    if (ok) form.reset();
  };
  return (
    <section className="card stack" aria-labelledby="steps-title">
      <h2 id="steps-title">{t("console.steps")}</h2>
      {state.stepOrder.length === 0 ? (
        <p className="muted">{t("console.noSteps")}</p>
      ) : (
        <ol className="step-list">
          {state.stepOrder.map((stepId, index) => {
            const step = state.steps[stepId];
            if (!step) return null;
            const isCurrent = state.currentStepId === stepId;
            return (
              <li key={stepId} className="step-row" aria-current={isCurrent ? "step" : undefined}>
                <span>
                  {index + 1}. <strong>{step.methodName}</strong>
                  {/* The template's steps are named after their phase; say it once. */}
                  {t(`live.phases.${step.phase}`) !== step.methodName && (
                    <span className="muted"> · {t(`live.phases.${step.phase}`)}</span>
                  )}
                  {step.settings.opinionMap && (
                    <span className="badge opinion-map-badge">{t("opinions.title")}</span>
                  )}
                </span>
                <span className="actions">
                  {isCurrent ? (
                    <span className="badge badge-running">{t("console.current")}</span>
                  ) : (
                    state.status === "running" && (
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        aria-label={t("console.startStepNamed", { name: step.methodName })}
                        disabled={command.pending}
                        onClick={() =>
                          void command.run({ type: "step.start", payload: { stepId } })
                        }
                      >
                        {t("console.startStep")}
                      </button>
                    )
                  )}
                  {step.revealedAt && <span className="badge">{t("console.revealed")}</span>}
                </span>
              </li>
            );
          })}
        </ol>
      )}
      {command.error && <ErrorAlert>{command.error}</ErrorAlert>}
      <MethodPicker
        orgId={state.organisationId}
        language={state.language}
        disabled={command.pending}
        onPick={(method) =>
          void command.run({ type: "step.add", payload: { step: stepInputFromView(method) } })
        }
      />
      <form className="stack" onSubmit={(event) => void onAdd(event)} noValidate>
        <h3>{t("console.addStep")}</h3>
        <div className="field">
          <label className="label" htmlFor="step-phase">
            {t("console.phase")}
          </label>
          <select
            id="step-phase"
            className="select"
            value={phase}
            onChange={(event) => {
              const next = PHASES.find((p) => p === event.target.value) ?? "other";
              setPhase(next);
              setSilent(next === "reflect");
            }}
          >
            {PHASES.map((p) => (
              <option key={p} value={p}>
                {t(`live.phases.${p}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="label" htmlFor="step-method">
            {t("console.methodName")}
          </label>
          <input id="step-method" name="methodName" className="input" required maxLength={120} />
          <p className="field-hint">{t("console.methodHint")}</p>
        </div>
        <div className="field">
          <label className="label" htmlFor="step-prompt">
            {t("console.prompt")}
          </label>
          <textarea
            id="step-prompt"
            name="prompt"
            className="input textarea"
            rows={2}
            maxLength={1000}
          />
        </div>
        <div className="inline-form">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={silent}
              onChange={(event) => setSilent(event.target.checked)}
            />
            {t("console.silent")}
          </label>
          <div className="field">
            <label className="label" htmlFor="step-dots">
              {t("console.dots")}
            </label>
            <input
              id="step-dots"
              name="dots"
              className="input"
              type="number"
              min={0}
              max={MAX_DOT_VOTE_BUDGET}
              defaultValue={0}
            />
          </div>
          <div className="field">
            <label className="label" htmlFor="step-opinion-map">
              {t("opinions.designer.label")}
            </label>
            <select id="step-opinion-map" name="opinionMap" className="select" defaultValue="off">
              {(["off", ...OPINION_MODERATION] as const).map((value) => (
                <option key={value} value={value}>
                  {t(`opinions.designer.${value}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={command.pending}>
            {command.pending ? t("console.adding") : t("console.addStep")}
          </button>
        </div>
      </form>
    </section>
  );
}
