import {
  type Contribution,
  currentFloor,
  getById,
  MAX_DOT_VOTE_BUDGET,
  PHASES,
  type Phase,
  type SessionState,
} from "@samspel/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { fetchSessions } from "../../api/sessions";
import { ErrorAlert } from "../../components/Alert";
import { Loading } from "../../components/Loading";
import { PageHeading } from "../../components/PageHeading";
import { useDocumentTitle } from "../../lib/use-document-title";
import { useResource } from "../../lib/use-resource";
import { type LiveSession, useLiveSession } from "../../live/use-live-session";
import { contributionsOf, currentStep, participantName } from "../../live/view";
import {
  ConnectionNote,
  ContributionBoard,
  Countdown,
  SessionStatusBadge,
  useCommand,
} from "../live/LiveParts";

/** The join code comes from the session list (the live state does not carry it). */
export function useJoinCode(orgId: string | undefined, sessionId: string): string | undefined {
  const list = useResource(`sessions:${orgId ?? ""}`, (signal) =>
    orgId ? fetchSessions(orgId, signal) : Promise.resolve([]),
  );
  return list.status === "ready" ? list.data.find((s) => s.id === sessionId)?.joinCode : undefined;
}

export function SessionConsolePage({ orgId, sessionId }: { orgId: string; sessionId: string }) {
  const { t } = useTranslation();
  const live = useLiveSession({ sessionId });
  const joinCode = useJoinCode(orgId, sessionId);
  const state = live.session?.state;
  useDocumentTitle(state?.title);
  if (live.status === "failed") {
    return <ErrorAlert>{t("apiErrors.session_not_found")}</ErrorAlert>;
  }
  if (!state) return <Loading label={t("live.connection.connecting")} />;
  const joinUrl = joinCode ? `${window.location.origin}/join/${joinCode}` : "";
  return (
    <div className="stack-lg">
      <p>
        <Link href={`/orgs/${encodeURIComponent(orgId)}/sessions`}>← {t("console.back")}</Link>
      </p>
      <div className="page-head">
        <PageHeading>{state.title}</PageHeading>
        <div className="live-head-row">
          <SessionStatusBadge status={state.status} />
          <ConnectionNote status={live.status} />
        </div>
      </div>
      <section className="card session-row" aria-label={t("console.joinCode")}>
        <div>
          <p className="muted">{t("console.joinCode")}</p>
          <p className="join-code" data-testid="join-code">
            {joinCode ?? "…"}
          </p>
          {joinUrl && <p className="muted break">{joinUrl}</p>}
        </div>
        <div className="actions">
          <a
            className="button button-secondary"
            href={`/wall/${encodeURIComponent(sessionId)}`}
            target="_blank"
            rel="noreferrer"
          >
            {t("console.openWall")}
          </a>
        </div>
      </section>
      <Lifecycle state={state} live={live} />
      <div className="console">
        <div className="stack-lg">
          <Steps state={state} live={live} />
          <CurrentBoard state={state} live={live} />
        </div>
        <div className="stack-lg">
          <TimerPanel state={state} live={live} />
          <RoundPanel state={state} live={live} />
          <People state={state} live={live} />
        </div>
      </div>
    </div>
  );
}

function Lifecycle({ state, live }: { state: SessionState; live: LiveSession }) {
  const { t } = useTranslation();
  const command = useCommand(live.send);
  const button = (
    type: "session.open" | "session.start" | "session.close",
    label: string,
    primary = true,
  ) => (
    <button
      type="button"
      className={primary ? "button button-primary" : "button button-secondary"}
      disabled={command.pending}
      onClick={() => void command.run({ type, payload: {} })}
    >
      {label}
    </button>
  );
  if (state.status === "closed") return null;
  return (
    <div className="stack">
      <div className="actions">
        {state.status === "draft" && button("session.open", t("console.openSession"))}
        {state.status === "open" && button("session.start", t("console.start"))}
        {state.status !== "draft" && button("session.close", t("console.close"), false)}
      </div>
      {command.error && <ErrorAlert>{command.error}</ErrorAlert>}
    </div>
  );
}

function Steps({ state, live }: { state: SessionState; live: LiveSession }) {
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
                  {index + 1}. <strong>{step.methodName}</strong>{" "}
                  <span className="muted">· {t(`live.phases.${step.phase}`)}</span>
                  {step.prompt && <span className="muted"> — {step.prompt}</span>}
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
                  {step.settings.silent &&
                    step.startedAt &&
                    (step.revealedAt ? (
                      <span className="badge">{t("console.revealed")}</span>
                    ) : (
                      <button
                        type="button"
                        className="button button-primary button-small"
                        disabled={command.pending}
                        onClick={() =>
                          void command.run({ type: "step.reveal", payload: { stepId } })
                        }
                      >
                        {t("console.reveal")}
                      </button>
                    ))}
                </span>
              </li>
            );
          })}
        </ol>
      )}
      {command.error && <ErrorAlert>{command.error}</ErrorAlert>}
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

function CurrentBoard({ state, live }: { state: SessionState; live: LiveSession }) {
  const { t } = useTranslation();
  const command = useCommand(live.send);
  const [hiding, setHiding] = useState<string | null>(null);
  const step = currentStep(state);
  if (!step) return null;
  const hideForm = (contribution: Contribution) => (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        const reason = String(new FormData(event.currentTarget).get("reason") ?? "").trim();
        if (!reason) return;
        void command
          .run({ type: "contribution.hide", payload: { contributionId: contribution.id, reason } })
          .then((ok) => ok && setHiding(null));
      }}
    >
      <div className="field">
        <label className="label" htmlFor={`reason-${contribution.id}`}>
          {t("console.hideReason")}
        </label>
        <input
          id={`reason-${contribution.id}`}
          name="reason"
          className="input"
          required
          maxLength={500}
        />
      </div>
      <button type="submit" className="button button-danger button-small">
        {t("console.confirmHide")}
      </button>
      <button
        type="button"
        className="button button-quiet button-small"
        onClick={() => setHiding(null)}
      >
        {t("common.cancel")}
      </button>
    </form>
  );
  return (
    <section className="card stack" aria-labelledby="board-title">
      <h2 id="board-title">
        {step.methodName} <span className="muted">· {t(`live.phases.${step.phase}`)}</span>
      </h2>
      {step.prompt && <p className="prompt">{step.prompt}</p>}
      {command.error && <ErrorAlert>{command.error}</ErrorAlert>}
      <ContributionBoard
        state={state}
        contributions={contributionsOf(state, step.id)}
        reactions={step.settings.reactions}
        actions={(contribution) =>
          contribution.moderation ? (
            <button
              type="button"
              className="button button-quiet button-small"
              onClick={() =>
                void command.run({
                  type: "contribution.unhide",
                  payload: { contributionId: contribution.id },
                })
              }
            >
              {t("console.unhide")}
            </button>
          ) : hiding === contribution.id ? (
            hideForm(contribution)
          ) : (
            <button
              type="button"
              className="button button-quiet button-small"
              aria-label={t("console.hideNamed")}
              onClick={() => setHiding(contribution.id)}
            >
              {t("console.hide")}
            </button>
          )
        }
      />
    </section>
  );
}

function TimerPanel({ state, live }: { state: SessionState; live: LiveSession }) {
  const { t } = useTranslation();
  const command = useCommand(live.send);
  if (!state.currentStepId) return null;
  return (
    <section className="card stack" aria-labelledby="timer-title">
      <h2 id="timer-title">{t("console.timer")}</h2>
      {state.timer ? (
        <>
          <Countdown timer={state.timer} />
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void command.run({ type: "timer.stop", payload: {} })}
          >
            {t("console.stopTimer")}
          </button>
        </>
      ) : (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            const minutes = Number(new FormData(event.currentTarget).get("minutes") ?? 0);
            if (minutes > 0) {
              void command.run({
                type: "timer.start",
                payload: { seconds: Math.round(minutes * 60) },
              });
            }
          }}
        >
          <div className="field">
            <label className="label" htmlFor="timer-minutes">
              {t("console.minutes")}
            </label>
            <input
              id="timer-minutes"
              name="minutes"
              className="input"
              type="number"
              min={1}
              max={240}
              defaultValue={5}
            />
          </div>
          <button type="submit" className="button button-primary">
            {t("console.startTimer")}
          </button>
        </form>
      )}
      {command.error && <ErrorAlert>{command.error}</ErrorAlert>}
    </section>
  );
}

function RoundPanel({ state, live }: { state: SessionState; live: LiveSession }) {
  const { t } = useTranslation();
  const command = useCommand(live.send);
  if (state.status !== "running") return null;
  const name = (id: string) =>
    participantName(state, id, (number) => t("live.unnamed", { number }));
  const floor = currentFloor(state);
  return (
    <section className="card stack" aria-labelledby="round-title">
      <h2 id="round-title">{t("console.round")}</h2>
      {floor ? (
        <>
          <p className="turn-who" aria-live="polite">
            {t("participant.hasFloor", { name: name(floor.turn.participantId) })}
          </p>
          {floor.next && (
            <p className="muted">{t("console.next", { name: name(floor.next.participantId) })}</p>
          )}
          <div className="actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() =>
                void command.run({
                  type: "round.end_turn",
                  payload: { roundId: floor.round.id, turn: floor.index },
                })
              }
            >
              {t("console.endTurn")}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() =>
                void command.run({ type: "round.end", payload: { roundId: floor.round.id } })
              }
            >
              {t("console.endRound")}
            </button>
          </div>
        </>
      ) : (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            const seconds = Number(new FormData(event.currentTarget).get("turnSeconds") ?? 0);
            void command.run({
              type: "round.start",
              payload: seconds > 0 ? { turnSeconds: Math.round(seconds) } : {},
            });
          }}
        >
          <div className="field">
            <label className="label" htmlFor="turn-seconds">
              {t("console.turnSeconds")}
            </label>
            <input
              id="turn-seconds"
              name="turnSeconds"
              className="input"
              type="number"
              min={0}
              max={3600}
            />
          </div>
          <button type="submit" className="button button-primary">
            {t("console.startRound")}
          </button>
        </form>
      )}
      {command.error && <ErrorAlert>{command.error}</ErrorAlert>}
    </section>
  );
}

function People({ state, live }: { state: SessionState; live: LiveSession }) {
  const { t } = useTranslation();
  const command = useCommand(live.send);
  const name = (id: string) =>
    participantName(state, id, (number) => t("live.unnamed", { number }));
  return (
    <section className="card stack" aria-labelledby="people-title">
      <h2 id="people-title">
        {t("console.participants")} <span className="count">{state.participantOrder.length}</span>
      </h2>
      {state.participantOrder.length === 0 ? (
        <p className="muted">{t("console.noParticipants")}</p>
      ) : (
        <ul className="people" data-testid="participant-list">
          {state.participantOrder.map((id) => {
            const acknowledged = getById(state.participants, id)?.groundRulesAcknowledgedAt;
            return (
              <li key={id}>
                {name(id)}{" "}
                {state.groundRules.length > 0 && (
                  <span className="muted">
                    {acknowledged ? "✓ " : ""}
                    <span className="visually-hidden">
                      {acknowledged ? t("console.acknowledged") : t("console.notAcknowledged")}
                    </span>
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {state.hands.queue.length > 0 && (
        <>
          <h3>{t("console.hands")}</h3>
          <ol className="people">
            {state.hands.queue.map((id) => (
              <li key={id}>
                ✋ {name(id)}{" "}
                <button
                  type="button"
                  className="button button-quiet button-small"
                  onClick={() =>
                    void command.run({ type: "hand.give_floor", payload: { participantId: id } })
                  }
                >
                  {t("console.giveFloor")}
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
      {command.error && <ErrorAlert>{command.error}</ErrorAlert>}
    </section>
  );
}
