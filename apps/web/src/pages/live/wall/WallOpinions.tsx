import type { OpinionMapView, SessionState, Step } from "@samspel/core";
import { useSessionT } from "../../../components/SessionLanguage";
import { CommonGroundList, DivisiveList } from "../../../opinions/OpinionLists";
import { OpinionMapSvg } from "../../../opinions/OpinionMapSvg";

/** The room's opinion map, big, beside what everyone agrees on and where the groups part. */
export function WallOpinions({
  state,
  step,
  map,
}: {
  state: SessionState;
  step: Step;
  map: OpinionMapView | null;
}) {
  const { t } = useSessionT();
  if (map?.stepId !== step.id) {
    return <p className="wall-lead">{t("opinions.console.waiting")}</p>;
  }
  return (
    <div className="wall-opinions">
      <div className="wall-opinion-map">
        <OpinionMapSvg map={map} large />
      </div>
      <div className="stack-lg wall-opinion-lists">
        <CommonGroundList map={map} state={state} />
        <DivisiveList map={map} state={state} />
      </div>
    </div>
  );
}
