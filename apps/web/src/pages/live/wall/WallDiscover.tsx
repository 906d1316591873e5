import { commonGround, type SessionState, type Step } from "@samspel/core";
import { useSessionT } from "../../../components/SessionLanguage";
import { insightsOf, themesOf } from "../../../live/wall-view";

/**
 * Discover new insights: the themes with their dots as bars, the insights formulated, and the
 * common ground (seed 001, "steer on the common interest"): the insights everyone agreed with.
 */
export function WallDiscover({ state, step }: { state: SessionState; step: Step }) {
  const { t } = useSessionT();
  const themes = themesOf(state, step);
  const insights = insightsOf(state, step);
  const shared = commonGround(state);
  return (
    <div className="wall-columns">
      <section className="wall-panel" aria-labelledby="wall-themes">
        <h2 id="wall-themes">{t("decisions.wall.themes")}</h2>
        {themes.length === 0 ? (
          <p className="wall-empty">{t("decisions.wall.nothingYet")}</p>
        ) : (
          <ol className="wall-themes">
            {themes.map(({ group, dots, share, notes }) => (
              <li key={group.id} className="wall-theme" data-testid="wall-theme">
                <p className="wall-theme-head">
                  <strong>{group.name}</strong>
                  <span>{t("decisions.dots", { count: dots })}</span>
                </p>
                <span
                  className="wall-bar"
                  style={{ inlineSize: `${share * 100}%` }}
                  aria-hidden="true"
                />
                {notes.length > 0 && <p className="wall-theme-notes">{notes.join(" · ")}</p>}
              </li>
            ))}
          </ol>
        )}
      </section>
      <div className="wall-stack">
        {shared.length > 0 && (
          <section className="wall-panel wall-common" aria-labelledby="wall-common">
            <h2 id="wall-common">{t("decisions.wall.commonGround")}</h2>
            <p className="wall-hint">{t("decisions.wall.commonGroundHint")}</p>
            <ul className="wall-list">
              {shared.map((insight) => (
                <li key={insight.id}>{insight.text}</li>
              ))}
            </ul>
          </section>
        )}
        <section className="wall-panel" aria-labelledby="wall-insights">
          <h2 id="wall-insights">{t("decisions.wall.insights")}</h2>
          {insights.length === 0 ? (
            <p className="wall-empty">{t("decisions.wall.nothingYet")}</p>
          ) : (
            <ul className="wall-list">
              {insights.map((insight) => {
                const agreed = insight.reactions.thumbs_up?.count ?? 0;
                return (
                  <li key={insight.id}>
                    {insight.text}
                    {agreed > 0 && (
                      <>
                        {" "}
                        <span
                          className="wall-agree"
                          role="img"
                          aria-label={`${t("live.reactions.thumbs_up")}: ${agreed}`}
                        >
                          👍 {agreed}
                        </span>
                      </>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
