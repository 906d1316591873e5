import {
  type Locale,
  MAX_TIMEBOX_SECONDS,
  PHASES,
  type StepInput,
  stepInputFromView,
} from "@samspel/core";
import { type ReactNode, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { MethodPicker } from "../../../methods/MethodPicker";

interface AgendaStepsProps {
  steps: StepInput[];
  onChange: (steps: StepInput[]) => void;
  orgId: string;
  /** The session's language, which added methods are written in. */
  language: Locale;
}

const MAX_MINUTES = MAX_TIMEBOX_SECONDS / 60;

/** The ordered steps: each editable, movable and removable; new ones come from the library. */
export function AgendaSteps({ steps, onChange, orgId, language }: AgendaStepsProps) {
  const { t } = useTranslation();
  const id = useId();

  const update = (index: number, changes: Partial<StepInput>) =>
    onChange(steps.map((step, i) => (i === index ? { ...step, ...changes } : step)));
  const moveTo = (from: number, to: number) => {
    if (from === to) return;
    const next = [...steps];
    const [step] = next.splice(from, 1);
    if (step) next.splice(to, 0, step);
    onChange(next);
  };
  // After a move from the keyboard, focus follows the step to its new place, so pressing the
  // same arrow again moves the same step on (the list is keyed by position, not by step).
  const [followFocus, setFollowFocus] = useState<{ index: number; by: -1 | 1 } | null>(null);
  const move = (index: number, by: -1 | 1) => {
    moveTo(index, index + by);
    setFollowFocus({ index: index + by, by });
  };
  useEffect(() => {
    if (!followFocus) return;
    const { index, by } = followFocus;
    const at = (dir: string) => document.getElementById(`${id}-${index}-${dir}`);
    const same = at(by < 0 ? "up" : "down");
    // At the top or bottom the arrow just pressed is disabled; the other one still works.
    (same && !(same as HTMLButtonElement).disabled ? same : at(by < 0 ? "down" : "up"))?.focus();
    setFollowFocus(null);
  }, [followFocus, id]);
  // The step being dragged by its handle; the arrows do the same from the keyboard.
  const [dragged, setDragged] = useState<number | null>(null);

  return (
    <div className="stack">
      <p className="field-hint no-print">{t("methods.agenda.dragHint")}</p>
      <ol className="agenda-steps">
        {steps.map((step, index) => {
          const name = step.methodName;
          const field = (key: string) => `${id}-${index}-${key}`;
          return (
            // Steps have no id before the session exists; the index is their identity here.
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: see above.
              key={index}
              className={`card stack agenda-step${dragged === index ? " agenda-step-dragged" : ""}`}
              data-testid="agenda-step"
              onDragOver={(event) => {
                if (dragged !== null) event.preventDefault();
              }}
              onDrop={(event) => {
                event.preventDefault();
                if (dragged !== null) moveTo(dragged, index);
                setDragged(null);
              }}
            >
              <div className="agenda-step-head">
                <span
                  className="agenda-step-handle no-print"
                  draggable
                  title={t("methods.agenda.drag", { name })}
                  aria-hidden="true"
                  onDragStart={(event) => {
                    event.dataTransfer.effectAllowed = "move";
                    // Firefox starts a drag only with data set.
                    event.dataTransfer.setData("text/plain", String(index));
                    const card = event.currentTarget.closest("li");
                    if (card) event.dataTransfer.setDragImage(card, 16, 16);
                    setDragged(index);
                  }}
                  onDragEnd={() => setDragged(null)}
                >
                  ⠿
                </span>
                <h3>{t("methods.agenda.step", { number: index + 1, name })}</h3>
                <div className="actions no-print">
                  <button
                    id={field("up")}
                    type="button"
                    className="button button-secondary button-small"
                    aria-label={t("methods.agenda.up", { name })}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    ↑
                  </button>
                  <button
                    id={field("down")}
                    type="button"
                    className="button button-secondary button-small"
                    aria-label={t("methods.agenda.down", { name })}
                    disabled={index === steps.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button button-quiet button-small"
                    aria-label={t("methods.agenda.remove", { name })}
                    onClick={() => onChange(steps.filter((_, i) => i !== index))}
                  >
                    ✕
                  </button>
                </div>
              </div>
              <div className="form-row">
                <StepField id={field("name")} label={t("methods.agenda.stepName")}>
                  <input
                    id={field("name")}
                    className="input"
                    maxLength={120}
                    value={name}
                    onChange={(event) => update(index, { methodName: event.target.value })}
                  />
                </StepField>
                <StepField id={field("phase")} label={t("methods.agenda.phase")}>
                  <select
                    id={field("phase")}
                    className="select"
                    value={step.phase}
                    onChange={(event) => {
                      const phase = PHASES.find((option) => option === event.target.value);
                      if (phase) update(index, { phase });
                    }}
                  >
                    {PHASES.map((phase) => (
                      <option key={phase} value={phase}>
                        {t(`live.phases.${phase}`)}
                      </option>
                    ))}
                  </select>
                </StepField>
                <StepField id={field("timebox")} label={t("methods.agenda.timebox")}>
                  <input
                    id={field("timebox")}
                    className="input"
                    type="number"
                    min={1}
                    max={MAX_MINUTES}
                    inputMode="numeric"
                    value={
                      step.timeboxSeconds === null || step.timeboxSeconds === undefined
                        ? ""
                        : Math.round(step.timeboxSeconds / 60)
                    }
                    onChange={(event) => {
                      const minutes = Number.parseInt(event.target.value, 10);
                      // Zero stays zero so the builder can say why it will not do (timebox_zero).
                      update(index, {
                        timeboxSeconds:
                          Number.isFinite(minutes) && minutes >= 0
                            ? Math.min(minutes, MAX_MINUTES) * 60
                            : null,
                      });
                    }}
                  />
                </StepField>
              </div>
              <StepText
                id={field("prompt")}
                label={t("methods.agenda.prompt")}
                rows={2}
                max={1000}
                value={step.prompt ?? ""}
                onChange={(prompt) => update(index, { prompt })}
              />
              <StepText
                id={field("notes")}
                label={t("methods.agenda.notes")}
                rows={3}
                max={2000}
                value={step.notes ?? ""}
                onChange={(notes) => update(index, { notes })}
              />
            </li>
          );
        })}
      </ol>
      <MethodPicker
        orgId={orgId}
        language={language}
        onPick={(method) => onChange([...steps, stepInputFromView(method)])}
      />
    </div>
  );
}

interface StepTextProps {
  id: string;
  label: string;
  rows: number;
  max: number;
  value: string;
  onChange: (value: string) => void;
}

function StepText({ id, label, rows, max, value, onChange }: StepTextProps) {
  return (
    <StepField id={id} label={label}>
      <textarea
        id={id}
        className="input textarea"
        rows={rows}
        maxLength={max}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </StepField>
  );
}

/** A labelled field of a step; the control inside carries the same id, so the label names it. */
function StepField({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="field">
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {children}
    </div>
  );
}
