import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/Alert";
import { insightsOf } from "../../../live/method-view";
import { useCommand } from "../../../live/use-command";
import { CommonGround, InsightForm, InsightList } from "../InsightList";
import { ThemeBoard } from "../ThemeBoard";
import { useBallot } from "./Dots";
import type { StepProps } from "./step-props";

/** Discover new insights: group reflections into themes, vote on them, agree on insights. */
export function DiscoverStep({ state, step, live, self }: StepProps) {
  const { t } = useTranslation();
  const command = useCommand(live.send);
  const ballot = useBallot(state, step, self, live.send);
  const { settings } = step;
  return (
    <>
      <ThemeBoard
        state={state}
        step={step}
        send={live.send}
        mayGroup={settings.grouping === "everyone"}
        ballot={settings.dotVoteBudget > 0 ? ballot : undefined}
      />
      <section className="card stack" aria-labelledby="insights-title">
        <h2 id="insights-title">{t("consent.insights.title")}</h2>
        <p className="muted">{t("consent.insights.hint")}</p>
        {command.error && <ErrorAlert>{command.error}</ErrorAlert>}
        <InsightList
          state={state}
          insights={insightsOf(state, step.id)}
          self={self}
          onAgree={
            settings.reactions
              ? (insight) =>
                  void command.run({
                    type: "reaction.toggle",
                    payload: { contributionId: insight.id, reaction: "thumbs_up" },
                  })
              : undefined
          }
        />
      </section>
      <InsightForm step={step} send={live.send} />
      <CommonGround state={state} />
    </>
  );
}
