import { getById, type SessionState } from "@samspel/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/Alert";
import { Loading } from "../../components/Loading";
import { PageHeading } from "../../components/PageHeading";
import { useDocumentTitle } from "../../lib/use-document-title";
import { readParticipant } from "../../live/participant-tokens";
import { useCommand } from "../../live/use-command";
import { type LiveSession, useLiveSession } from "../../live/use-live-session";
import { currentStep } from "../../live/view";
import { ConnectionNote, SessionStatusBadge } from "./LiveParts";
import { FeedbackForm } from "./participant/FeedbackForm";
import { StepView } from "./participant/StepView";

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
        <>
          <p className="card">{t("participant.closed")}</p>
          <FeedbackForm sessionId={sessionId} token={token} />
        </>
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
