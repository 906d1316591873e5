import {
  currentVersion,
  isOutstanding,
  MAX_PROPOSAL_CHARS,
  objectionsOf,
  type Proposal,
} from "@samspel/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "../../../../forms/Field";
import { SubmitRow } from "../../../../forms/SubmitRow";
import { TextAreaField } from "../../../../forms/TextAreaField";
import { useIdSet } from "../../../../lib/use-id-set";
import { useCommand } from "../../../../live/use-command";
import { WordDiff } from "../../../live/consent/WordDiff";
import type { PanelProps } from "../panel-props";

interface AmendFormProps extends PanelProps {
  proposal: Proposal;
  /** The wording being written, lifted so a participant's suggestion can be taken into it. */
  wording: string | null;
  onWording: (wording: string | null) => void;
}

/**
 * A new version of the proposal, never a rewrite: with a note on why, the upheld objections it
 * is written to meet, and the change shown word by word before it is saved.
 */
export function AmendForm({ state, live, proposal, wording, onWording }: AmendFormProps) {
  const { t } = useTranslation();
  const command = useCommand(live.send);
  const current = currentVersion(proposal);
  const text = wording ?? current.text;
  const outstanding = objectionsOf(state, proposal).filter(isOutstanding);
  const [note, setNote] = useState("");
  // Written to meet the upheld objections, unless the facilitator unticks one.
  const skipped = useIdSet();
  const [problem, setProblem] = useState<string | undefined>();
  const changed = text.trim() !== current.text;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (command.pending) return;
    if (!changed) {
      setProblem(t("consent.domainErrors.amendment_unchanged"));
      return;
    }
    setProblem(undefined);
    const integrates = outstanding
      .map(({ entry }) => entry.id)
      .filter((id) => !skipped.ids.has(id));
    const ok = await command.run({
      type: "proposal.amend",
      payload: {
        proposalId: proposal.id,
        text: text.trim(),
        ...(note.trim() && { note: note.trim() }),
        integrates,
      },
    });
    if (ok) {
      onWording(null);
      setNote("");
      skipped.clear();
    }
  };

  return (
    <form
      className="card stack"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-labelledby="amend-title"
      data-testid="amend-form"
    >
      <h2 id="amend-title">{t("consent.amend.title", { version: current.version + 1 })}</h2>
      <TextAreaField
        name="wording"
        label={t("consent.amend.text")}
        error={problem}
        rows={4}
        maxLength={MAX_PROPOSAL_CHARS}
        value={text}
        onChange={(event) => onWording(event.target.value)}
      />
      {changed && (
        <div className="stack">
          <p className="label">{t("consent.amend.preview")}</p>
          <WordDiff before={current.text} after={text.trim()} />
        </div>
      )}
      <Field
        name="note"
        label={t("consent.amend.note")}
        hint={t("consent.amend.noteHint")}
        maxLength={2000}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      {outstanding.length > 0 && (
        <fieldset className="choices">
          <legend className="label">{t("consent.amend.integrates")}</legend>
          {outstanding.map(({ entry }) => (
            <label key={entry.id} className="checkbox">
              <input
                type="checkbox"
                checked={!skipped.ids.has(entry.id)}
                onChange={() => skipped.toggle(entry.id)}
              />
              <span>{entry.reason}</span>
            </label>
          ))}
        </fieldset>
      )}
      <SubmitRow
        error={command.error}
        pending={command.pending}
        label={t("consent.amend.submit", { version: current.version + 1 })}
      >
        {wording !== null && (
          <button type="button" className="button button-quiet" onClick={() => onWording(null)}>
            {t("consent.amend.reset")}
          </button>
        )}
      </SubmitRow>
    </form>
  );
}
