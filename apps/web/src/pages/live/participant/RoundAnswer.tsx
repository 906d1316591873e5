import { POLL_VOTES, type ProposalRound, type SessionCommand } from "@samspel/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/Alert";
import { TextAreaField } from "../../../forms/TextAreaField";
import { answerOf } from "../../../live/method-view";
import { useCommand } from "../../../live/use-command";
import { RoundView } from "../consent/RoundView";
import { PositionForm } from "./PositionForm";
import type { StepProps } from "./step-props";

type Send = (command: SessionCommand) => Promise<number>;

/** The round the facilitator opened on the proposal, and this participant's answer in it. */
export function RoundAnswer({
  state,
  round,
  live,
  self,
  seesNames,
}: Omit<StepProps, "step"> & { round: ProposalRound; seesNames: boolean }) {
  const { t } = useTranslation();
  const answered = answerOf(round, self) !== undefined;
  return (
    <section
      className="card stack answer turn-mine"
      aria-labelledby="answer-title"
      data-testid="round-answer"
    >
      <h2 id="answer-title">{t(`consent.roundKinds.${round.kind}`)}</h2>
      <p>{t(`consent.roundAsk.${round.kind}`)}</p>
      {answered ? (
        <p className="note-success" role="status">
          {t("consent.round.answered")}
        </p>
      ) : round.kind === "consent" ? (
        <PositionForm round={round} send={live.send} />
      ) : round.kind === "poll" ? (
        <VoteButtons round={round} send={live.send} />
      ) : (
        <SpeakForm round={round} send={live.send} />
      )}
      <RoundView state={state} round={round} seesNames={seesNames} self={self} heading={false} />
    </section>
  );
}

/** A clarifying question or a reaction, or passing: each is one answer in the round. */
function SpeakForm({ round, send }: { round: ProposalRound; send: Send }) {
  const { t } = useTranslation();
  const command = useCommand(send);
  const [text, setText] = useState("");
  const kind = round.kind === "clarifying" ? "clarifying" : "reactions";
  const speak = (words: string) =>
    void command.run({
      type: "proposal.speak",
      payload: { roundId: round.id, ...(words && { text: words }) },
    });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!command.pending && text.trim()) speak(text.trim());
  };
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <TextAreaField
        name="answer"
        label={t(`consent.speak.${kind}.label`)}
        hint={t(`consent.speak.${kind}.hint`)}
        error={command.error ?? undefined}
        rows={3}
        maxLength={2000}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={command.pending || text.trim() === ""}
        >
          {t(`consent.speak.${kind}.submit`)}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={command.pending}
          onClick={() => speak("")}
        >
          {t("consent.speak.pass")}
        </button>
      </div>
    </form>
  );
}

/** For, against or abstain, in a poll: each a big button, one press. */
function VoteButtons({ round, send }: { round: ProposalRound; send: Send }) {
  const { t } = useTranslation();
  const command = useCommand(send);
  return (
    <div className="stack">
      <fieldset className="vote-buttons">
        <legend className="visually-hidden">{t("consent.votes.label")}</legend>
        {POLL_VOTES.map((vote) => (
          <button
            key={vote}
            type="button"
            className={vote === "for" ? "button button-primary" : "button button-secondary"}
            disabled={command.pending}
            onClick={() =>
              void command.run({ type: "proposal.vote", payload: { roundId: round.id, vote } })
            }
          >
            {t(`consent.votes.${vote}`)}
          </button>
        ))}
      </fieldset>
      {command.error && <ErrorAlert>{command.error}</ErrorAlert>}
    </div>
  );
}
