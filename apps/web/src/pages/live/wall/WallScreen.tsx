import type { OpinionMapView, SessionState, Step } from "@samspel/core";
import { useSessionT } from "../../../components/SessionLanguage";
import { currentStep } from "../../../live/view";
import { proposalOnWall } from "../../../live/wall-view";
import { WallDecide, WallOutcome } from "./WallDecide";
import { WallDiscover } from "./WallDiscover";
import { WallJoin } from "./WallJoin";
import { WallFacts, WallNotes } from "./WallNotes";
import { WallOpinions } from "./WallOpinions";
import { WallReflect } from "./WallReflect";
import { WallStepHeader } from "./WallStepHeader";

/** The whole projector: the lobby while people arrive, then the current step, then the end. */
export function WallScreen({
  state,
  joinCode,
  opinionMap = null,
}: {
  state: SessionState;
  joinCode: string | undefined;
  opinionMap?: OpinionMapView | null;
}) {
  const { t } = useSessionT();
  const step = currentStep(state);
  const people = state.participantOrder.length;

  if (state.status === "closed") {
    const proposal = proposalOnWall(state);
    return (
      <div className="wall-screen" lang={state.language}>
        <h1 className="wall-title">{state.title}</h1>
        {proposal?.outcome && <WallOutcome state={state} proposal={proposal} />}
        <p className="wall-lead">{t("decisions.wall.closed")}</p>
      </div>
    );
  }
  if (state.status !== "running" || !step) {
    return (
      <div className="wall-screen wall-lobby" lang={state.language}>
        <div className="wall-lobby-text">
          <h1 className="wall-title">{state.title}</h1>
          {state.question && <p className="wall-lead">{state.question}</p>}
          <p className="wall-soon">{t("decisions.wall.soon")}</p>
        </div>
        <WallJoin joinCode={joinCode} participants={people} />
      </div>
    );
  }
  return (
    <div className="wall-screen" lang={state.language}>
      <WallStepHeader state={state} step={step}>
        <WallJoin joinCode={joinCode} participants={people} compact />
      </WallStepHeader>
      <div className="wall-body">
        {showsOpinionMap(state, step) ? (
          <WallOpinions state={state} step={step} map={opinionMap} />
        ) : (
          <StepBody state={state} step={step} />
        )}
      </div>
    </div>
  );
}

/** The map holds the wall in its step until a proposal drafted there takes the room's attention. */
function showsOpinionMap(state: SessionState, step: Step): boolean {
  if (!step.settings.opinionMap) return false;
  const active = state.activeProposalId ? state.proposals[state.activeProposalId] : undefined;
  return active?.stepId !== step.id;
}

function StepBody({ state, step }: { state: SessionState; step: Step }) {
  switch (step.phase) {
    case "share_facts":
      return <WallFacts state={state} step={step} />;
    case "reflect":
      return <WallReflect state={state} step={step} />;
    case "discover":
      return <WallDiscover state={state} step={step} />;
    case "decide":
      return <WallDecide state={state} step={step} />;
    default:
      return <WallNotes state={state} step={step} />;
  }
}
