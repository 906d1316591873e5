import {
  type Contribution,
  type ContributionKind,
  currentFloor,
  dotsLeft,
  dotsPlaced,
  type Floor,
  getById,
  type SessionState,
  type Step,
} from "@samspel/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/Alert";
import { Loading } from "../../components/Loading";
import { PageHeading } from "../../components/PageHeading";
import { useDocumentTitle } from "../../lib/use-document-title";
import { readParticipant } from "../../live/participant-tokens";
import { type LiveSession, useLiveSession } from "../../live/use-live-session";
import { boardOf, currentStep, participantName } from "../../live/view";
import {
  ConnectionNote,
  ContributionBoard,
  Countdown,
  SessionStatusBadge,
  useCommand,
} from "./LiveParts";

/** `/s/:sessionId`: a participant's phone, for as long as the session lasts. */
export function ParticipantPage({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const stored = readParticipant(sessionId);
  if (!stored) {
    return <NoPlace body={t("participant.noPlaceBody")} />;
  }
  return <ParticipantLive sessionId={sessionId} token={stored.token} self={stored.participantId} />;
}

function ParticipantLive({
  sessionId,
  token,
  self,
}: {
  sessionId: string;
  token: string;
  self: string;
}) {
  const { t } = useTranslation();
  const live = useLiveSession({ sessionId, token });
  const state = live.session?.state;
  useDocumentTitle(state?.title);

  if (live.status === "failed") {
    return <NoPlace body={t("apiErrors.invalid_participant_token")} />;
  }
  if (!state) return <Loading label={t("live.connection.connecting")} />;

  const me = getById(state.participants, self);
  const mustAcknowledge = state.groundRules.length > 0 && !me?.groundRulesAcknowledgedAt;
  const step = currentStep(state);

  return (
    <div className="live-page stack">
      <header className="live-head">
        <div className="live-head-row">
          <SessionStatusBadge status={state.status} />
          <ConnectionNote status={live.status} />
        </div>
        <h1 className="page-title">{state.title}</h1>
        {state.question && <p className="lead">{state.question}</p>}
      </header>
      {mustAcknowledge ? (
        <GroundRules state={state} live={live} />
      ) : state.status === "closed" ? (
        <p className="card">{t("participant.closed")}</p>
      ) : state.status !== "running" ? (
        <p className="card">{t("participant.lobby")}</p>
      ) : !step ? (
        <p className="card">{t("participant.noStep")}</p>
      ) : (
        <StepView state={state} step={step} live={live} self={self} />
      )}
    </div>
  );
}

function GroundRules({ state, live }: { state: SessionState; live: LiveSession }) {
  const { t } = useTranslation();
  const command = useCommand(live.send);
  return (
    <section className="card stack" aria-labelledby="rules-title">
      <h2 id="rules-title">{t("participant.groundRulesTitle")}</h2>
      <p>{t("participant.groundRulesIntro")}</p>
      <ul className="rules">
        {state.groundRules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
      {command.error && <ErrorAlert>{command.error}</ErrorAlert>}
      <button
        type="button"
        className="button button-primary button-block"
        disabled={command.pending}
        onClick={() =>
          void command.run({ type: "participant.acknowledge_ground_rules", payload: {} })
        }
      >
        {t("participant.acknowledge")}
      </button>
    </section>
  );
}

function StepView({
  state,
  step,
  live,
  self,
}: {
  state: SessionState;
  step: Step;
  live: LiveSession;
  self: string;
}) {
  const { t } = useTranslation();
  const command = useCommand(live.send);
  const floor = currentFloor(state);
  const budget = step.settings.dotVoteBudget;
  const placed = dotsPlaced(state, step.id, self);
  const left = dotsLeft(state, step.id, self);
  const number = state.stepOrder.indexOf(step.id) + 1;

  const vote = (contribution: Contribution, cast: boolean) =>
    void command.run({
      type: cast ? "vote.cast" : "vote.retract",
      payload: { target: { kind: "contribution", id: contribution.id } },
    });

  return (
    <>
      <section className="card stack step-card" aria-labelledby="step-title">
        <p className="muted">
          {t("live.stepOf", { number, count: state.stepOrder.length })} ·{" "}
          {t(`live.phases.${step.phase}`)}
        </p>
        <h2 id="step-title">{step.methodName}</h2>
        {step.prompt && <p className="prompt">{step.prompt}</p>}
        {state.timer && state.timer.stepId === step.id && <Countdown timer={state.timer} />}
      </section>
      {floor && <RoundPanel state={state} floor={floor} live={live} self={self} />}
      <HandPanel state={state} live={live} self={self} />
      {command.error && <ErrorAlert>{command.error}</ErrorAlert>}
      {step.settings.contributionKinds.length > 0 && <WriteForm step={step} live={live} />}
      {budget > 0 && (
        <p className="dots-left" aria-live="polite">
          {t("participant.dotsLeft", { count: Math.max(0, left) })}
        </p>
      )}
      <ContributionBoard
        state={state}
        contributions={boardOf(state, step)}
        self={self}
        reactions={step.settings.reactions}
        onReact={(contribution, reaction) =>
          void command.run({
            type: "reaction.toggle",
            payload: { contributionId: contribution.id, reaction },
          })
        }
        actions={
          budget > 0
            ? (contribution) => {
                const mine = placed[contribution.id] ?? 0;
                return (
                  <span className="vote">
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      disabled={left <= 0}
                      onClick={() => vote(contribution, true)}
                    >
                      {t("participant.addDot")}
                    </button>
                    {mine > 0 && (
                      <button
                        type="button"
                        className="button button-quiet button-small"
                        onClick={() => vote(contribution, false)}
                      >
                        {t("participant.removeDot")} ({mine})
                      </button>
                    )}
                  </span>
                );
              }
            : undefined
        }
      />
    </>
  );
}

function WriteForm({ step, live }: { step: Step; live: LiveSession }) {
  const { t } = useTranslation();
  const command = useCommand(live.send);
  const kinds = step.settings.contributionKinds;
  const [kind, setKind] = useState<ContributionKind | undefined>(kinds[0]);
  const [text, setText] = useState("");
  const chosen = kind && kinds.includes(kind) ? kind : kinds[0];

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!chosen || command.pending) return;
    const ok = await command.run({ type: "contribution.add", payload: { kind: chosen, text } });
    if (ok) setText("");
  };

  return (
    <form className="card stack" onSubmit={(event) => void onSubmit(event)} noValidate>
      {step.settings.silent && !step.revealedAt && (
        <p className="muted">{t("participant.silentNote")}</p>
      )}
      {kinds.length > 1 && (
        <fieldset className="kinds">
          <legend className="label">{t("participant.kind")}</legend>
          {kinds.map((option) => (
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
      <div className="field">
        <label className="label" htmlFor="contribution-text">
          {t("participant.write")}
        </label>
        <textarea
          id="contribution-text"
          className="input textarea"
          data-testid="contribution-input"
          rows={3}
          maxLength={2000}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      {command.error && <ErrorAlert>{command.error}</ErrorAlert>}
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

function RoundPanel({
  state,
  floor: { round, index, turn },
  live,
  self,
}: {
  state: SessionState;
  floor: Floor;
  live: LiveSession;
  self: string;
}) {
  const { t } = useTranslation();
  const command = useCommand(live.send);
  const mine = turn.participantId === self;
  const name = participantName(state, turn.participantId, (number) =>
    t("live.unnamed", { number }),
  );
  return (
    <section className={mine ? "card stack turn turn-mine" : "card stack turn"} aria-live="polite">
      <p className="turn-who">
        {mine ? t("participant.yourTurn") : t("participant.hasFloor", { name })}
      </p>
      {mine && (
        <div className="actions">
          <button
            type="button"
            className="button button-primary"
            disabled={command.pending}
            onClick={() =>
              void command.run({
                type: "round.end_turn",
                payload: { roundId: round.id, turn: index },
              })
            }
          >
            {t("participant.done")}
          </button>
          <button
            type="button"
            className="button button-secondary"
            disabled={command.pending}
            onClick={() =>
              void command.run({ type: "round.pass", payload: { roundId: round.id, turn: index } })
            }
          >
            {t("participant.pass")}
          </button>
        </div>
      )}
      {command.error && <ErrorAlert>{command.error}</ErrorAlert>}
    </section>
  );
}

function HandPanel({
  state,
  live,
  self,
}: {
  state: SessionState;
  live: LiveSession;
  self: string;
}) {
  const { t } = useTranslation();
  const command = useCommand(live.send);
  const position = state.hands.queue.indexOf(self);
  const raised = position >= 0;
  const floor = state.hands.floor;
  return (
    <div className="hand">
      {floor && (
        <p aria-live="polite">
          {floor.participantId === self
            ? t("participant.yourTurn")
            : t("participant.hasFloor", {
                name: participantName(state, floor.participantId, (number) =>
                  t("live.unnamed", { number }),
                ),
              })}
        </p>
      )}
      {raised && (
        <p aria-live="polite">{t("participant.handRaised", { position: position + 1 })}</p>
      )}
      <button
        type="button"
        className="button button-secondary"
        aria-pressed={raised}
        disabled={command.pending}
        onClick={() =>
          void command.run(
            raised ? { type: "hand.lower", payload: {} } : { type: "hand.raise", payload: {} },
          )
        }
      >
        <span aria-hidden="true">✋ </span>
        {raised ? t("participant.lowerHand") : t("participant.raiseHand")}
      </button>
      {command.error && <ErrorAlert>{command.error}</ErrorAlert>}
    </div>
  );
}

function NoPlace({ body }: { body: string }) {
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <div className="card stack">
        <PageHeading>{t("participant.noPlaceTitle")}</PageHeading>
        <p>{body}</p>
        <div>
          <a className="button button-primary" href="/join">
            {t("participant.goJoin")}
          </a>
        </div>
      </div>
    </div>
  );
}
