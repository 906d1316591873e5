import type { ContributionKind, SessionCommand, Step } from "@samspel/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "../../forms/Field";
import { TextAreaField } from "../../forms/TextAreaField";
import { useCommand } from "../../live/use-command";

interface WriteFormProps {
  step: Step;
  send: (command: SessionCommand) => Promise<number>;
  /** The kinds offered here, of those the step takes; all the step takes when not given. */
  kinds?: readonly ContributionKind[];
  label?: string;
  hint?: string;
  /** Inside a card already: no card of its own. */
  plain?: boolean;
}

/** A web link as the engine takes it, or why not. */
function sourceUrlProblem(url: string): "invalid" | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? undefined : "invalid";
  } catch {
    return "invalid";
  }
}

/**
 * Writing a contribution. A fact may carry where it comes from (a link) and the figure it
 * states, both optional: facts are checkable, and a source lets the group check.
 */
export function WriteForm({ step, send, kinds, label, hint, plain = false }: WriteFormProps) {
  const { t } = useTranslation();
  const command = useCommand(send);
  const offered = step.settings.contributionKinds.filter((k) => !kinds || kinds.includes(k));
  const [kind, setKind] = useState<ContributionKind | undefined>(offered[0]);
  const [text, setText] = useState("");
  const [url, setUrl] = useState("");
  const [figure, setFigure] = useState("");
  const [urlProblem, setUrlProblem] = useState<string | undefined>();
  const chosen = kind && offered.includes(kind) ? kind : offered[0];
  if (!chosen) return null;
  const isFact = chosen === "fact";

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (command.pending) return;
    const link = url.trim();
    if (isFact && link && sourceUrlProblem(link)) {
      setUrlProblem(t("consent.facts.urlInvalid"));
      return;
    }
    setUrlProblem(undefined);
    const source = isFact && (link || figure.trim()) ? { source: sourceOf(link, figure) } : {};
    const ok = await command.run({
      type: "contribution.add",
      payload: { kind: chosen, text, ...source },
    });
    if (ok) {
      setText("");
      setUrl("");
      setFigure("");
    }
  };

  return (
    <form
      className={plain ? "stack" : "card stack"}
      onSubmit={(event) => void onSubmit(event)}
      noValidate
    >
      {step.settings.silent && !step.revealedAt && (
        <p className="muted">{t("participant.silentNote")}</p>
      )}
      {offered.length > 1 && (
        <fieldset className="kinds">
          <legend className="label">{t("participant.kind")}</legend>
          {offered.map((option) => (
            <label key={option} className="chip">
              <input
                type="radio"
                name="kind"
                value={option}
                checked={chosen === option}
                onChange={() => setKind(option)}
              />
              {t(`live.kinds.${option}`)}
            </label>
          ))}
        </fieldset>
      )}
      <TextAreaField
        name="text"
        label={label ?? t("participant.write")}
        hint={hint}
        error={command.error ?? undefined}
        data-testid="contribution-input"
        rows={3}
        maxLength={2000}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      {isFact && (
        <div className="source-fields">
          <Field
            name="sourceUrl"
            type="url"
            inputMode="url"
            label={t("consent.facts.sourceUrl")}
            hint={t("consent.facts.sourceUrlHint")}
            error={urlProblem}
            maxLength={1000}
            value={url}
            onChange={(event) => setUrl(event.target.value)}
          />
          <Field
            name="figure"
            label={t("consent.facts.figure")}
            hint={t("consent.facts.figureHint")}
            maxLength={120}
            value={figure}
            onChange={(event) => setFigure(event.target.value)}
          />
        </div>
      )}
      <button
        type="submit"
        className="button button-primary button-block"
        disabled={command.pending || text.trim() === ""}
      >
        {command.pending ? t("participant.sending") : t("participant.send")}
      </button>
    </form>
  );
}

function sourceOf(url: string, figure: string): { url?: string; figure?: string } {
  return { ...(url && { url }), ...(figure.trim() && { figure: figure.trim() }) };
}
