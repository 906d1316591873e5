import type { SessionState, Step } from "@samspel/core";
import { useSessionT } from "../../../components/SessionLanguage";
import { isWritingInSilence, writtenCount } from "../../../live/wall-view";
import { WallNotes } from "./WallNotes";

/**
 * Reflect: while the room writes in silence, only how many have written ("12 written"), so
 * nobody anchors on the first voice; after the reveal, every reflection at once.
 */
export function WallReflect({ state, step }: { state: SessionState; step: Step }) {
  const { t } = useSessionT();
  if (!isWritingInSilence(step)) return <WallNotes state={state} step={step} />;
  return (
    <div className="wall-silent">
      <p className="wall-silent-count" data-testid="written-count">
        {t("decisions.wall.written", { count: writtenCount(state, step) })}
      </p>
      <p className="wall-lead">{t("decisions.wall.silentHint")}</p>
    </div>
  );
}
