import { useTranslation } from "react-i18next";
import { insightsOf, rankedThemes, themesOf } from "../../../live/method-view";
import { CommonGround, InsightForm, InsightList } from "../../live/InsightList";
import { ThemeBoard } from "../../live/ThemeBoard";
import { GroupSuggestions } from "./GroupSuggestions";
import type { StepPanelProps } from "./panel-props";

/** How many of the most-voted themes the insights are written from. */
const TOP_THEMES = 3;

/**
 * Discover new insights: themes as the group builds them, the top themes by dots, insights put
 * into words from them, and the common ground everyone agreed with.
 */
export function DiscoverPanel({ state, live, step }: StepPanelProps) {
  const { t } = useTranslation();
  const top = rankedThemes(themesOf(state, step))
    .filter((theme) => theme.dots > 0)
    .slice(0, TOP_THEMES);
  return (
    <>
      {step.settings.grouping !== "off" && (
        <GroupSuggestions state={state} step={step} send={live.send} />
      )}
      <ThemeBoard
        state={state}
        step={step}
        send={live.send}
        mayGroup={step.settings.grouping !== "off"}
      />
      <section className="card stack" aria-labelledby="insights-title">
        <h2 id="insights-title">{t("consent.insights.title")}</h2>
        <div className="stack">
          <h3>{t("consent.insights.topThemes")}</h3>
          {top.length === 0 ? (
            <p className="muted">{t("consent.insights.noVotesYet")}</p>
          ) : (
            <ol className="top-themes" data-testid="top-themes">
              {top.map(({ group, dots, reflections }) => (
                <li key={group.id}>
                  <strong>{group.name}</strong>{" "}
                  <span className="dots">{t("board.dots", { count: dots })}</span>
                  <ul>
                    {reflections.map((reflection) => (
                      <li key={reflection.id}>{reflection.text}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          )}
        </div>
        <InsightForm step={step} send={live.send} plain />
        <InsightList state={state} insights={insightsOf(state, step.id)} />
      </section>
      <CommonGround state={state} />
    </>
  );
}
