import {
  OBJECTION_OUTCOMES,
  type ObjectionOutcome,
  type ObjectionRef,
  type Proposal,
} from "@samspel/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ChoiceField } from "../../../../forms/ChoiceField";
import { SubmitRow } from "../../../../forms/SubmitRow";
import { TextAreaField } from "../../../../forms/TextAreaField";
import { objectionsToTest } from "../../../../live/method-view";
import { useCommand } from "../../../../live/use-command";
import { useParticipantName } from "../../../../live/use-participant-name";
import type { PanelProps } from "../panel-props";

/**
 * Each objection is tested with the group once the round has ended: is it reasoned, and is it
 * paramount? The outcome and why are recorded; nothing else may start until each is tested.
 */
export function ObjectionTests({ state, live, proposal }: PanelProps & { proposal: Proposal }) {
  const { t } = useTranslation();
  const objections = objectionsToTest(state, proposal);
  if (objections.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="tests-title" data-testid="objection-tests">
      <h2 id="tests-title">{t("consent.tests.title", { count: objections.length })}</h2>
      <p className="muted">{t("consent.tests.hint")}</p>
      {objections.map((objection) => (
        <TestForm key={objection.entry.id} state={state} live={live} objection={objection} />
      ))}
    </section>
  );
}

function TestForm({ state, live, objection }: PanelProps & { objection: ObjectionRef }) {
  const { t } = useTranslation();
  const command = useCommand(live.send);
  const name = useParticipantName(state);
  const [outcome, setOutcome] = useState<ObjectionOutcome | null>(null);
  const [rationale, setRationale] = useState("");
  const [problems, setProblems] = useState<{ outcome?: string; rationale?: string }>({});
  const { entry, round } = objection;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = {
      ...(!outcome && { outcome: t("consent.tests.chooseOutcome") }),
      ...(!rationale.trim() && { rationale: t("validation.required") }),
    };
    setProblems(found);
    if (!outcome || Object.keys(found).length > 0 || command.pending) return;
    void command.run({
      type: "proposal.test_objection",
      payload: { roundId: round.id, entryId: entry.id, outcome, rationale: rationale.trim() },
    });
  };

  return (
    <form
      className="stack objection"
      onSubmit={onSubmit}
      noValidate
      data-testid="objection-test-form"
    >
      <blockquote className="objection-reason">
        <p>{entry.reason}</p>
        <footer className="muted">
          {entry.participantId ? name(entry.participantId) : t("live.anonymousAuthor")}
        </footer>
      </blockquote>
      <ChoiceField
        name={`outcome-${entry.id}`}
        legend={t("consent.tests.outcome")}
        options={OBJECTION_OUTCOMES}
        value={outcome}
        onChange={setOutcome}
        title={(option) => t(`consent.outcomes.${option}.title`)}
        explain={(option) => t(`consent.outcomes.${option}.explain`)}
        error={problems.outcome}
      />
      <TextAreaField
        name="rationale"
        label={t("consent.tests.rationale")}
        hint={t("consent.tests.rationaleHint")}
        error={problems.rationale}
        required
        rows={2}
        maxLength={2000}
        value={rationale}
        onChange={(event) => setRationale(event.target.value)}
      />
      <SubmitRow
        error={command.error}
        pending={command.pending}
        label={t("consent.tests.submit")}
      />
    </form>
  );
}
