import {
  nextStatementFor,
  OPINION_VOTES,
  type OpinionVote,
  statementsOf,
  votingProgress,
} from "@samspel/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/Alert";
import { useCommand } from "../../../live/use-command";
import { StatementForm } from "../../../opinions/StatementForm";
import type { StepProps } from "./step-props";

/**
 * The opinion map on a phone: the next statement the routing picks (never one's own, fewest
 * votes first) with three big buttons, how far one has come, a form to add a statement, and
 * the choice to show one's name on the map in a named session.
 */
export function OpinionCard({ state, step, live, self }: StepProps) {
  const { t } = useTranslation();
  const command = useCommand(live.send);
  const setting = step.settings.opinionMap;
  if (!setting) return null;
  const next = nextStatementFor(state, step.id, self);
  const progress = votingProgress(state, step.id, self);
  const mine = statementsOf(state, step.id).filter((s) => s.mine);
  const vote = (vote: OpinionVote) =>
    next && void command.run({ type: "opinion.vote", payload: { statementId: next.id, vote } });
  return (
    <>
      <section className="card stack opinion-card" aria-labelledby="opinion-card-title">
        <div className="opinion-card-head">
          <h2 id="opinion-card-title">{t("opinions.phone.cardTitle")}</h2>
          <p className="muted" data-testid="opinion-progress" aria-live="polite">
            {t("opinions.phone.progress", progress)}
          </p>
        </div>
        {command.error && <ErrorAlert>{command.error}</ErrorAlert>}
        {next ? (
          <>
            <p className="opinion-statement" data-testid="next-statement">
              {next.text}
            </p>
            <div className="opinion-votes">
              {OPINION_VOTES.map((choice) => (
                <button
                  key={choice}
                  type="button"
                  className={`button opinion-vote opinion-vote-${choice}`}
                  disabled={command.pending}
                  onClick={() => vote(choice)}
                >
                  {t(`opinions.votes.${choice}`)}
                </button>
              ))}
            </div>
          </>
        ) : (
          <p className="muted">
            {progress.total === 0 ? t("opinions.phone.none") : t("opinions.phone.allDone")}
          </p>
        )}
      </section>
      <StatementForm send={live.send} moderated={setting.moderation === "facilitator"} />
      {mine.length > 0 && (
        <section className="card stack" aria-labelledby="opinion-mine-title">
          <h2 id="opinion-mine-title">{t("opinions.phone.yours")}</h2>
          <ul className="opinion-statements">
            {mine.map((statement) => (
              <li key={statement.id}>
                <span>{statement.text}</span>{" "}
                <span className="badge">{t(`opinions.phone.status.${statement.status}`)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {state.anonymity === "named" && <ShowName {...{ state, live, self }} />}
    </>
  );
}

function ShowName({ state, live, self }: Pick<StepProps, "state" | "live" | "self">) {
  const { t } = useTranslation();
  const command = useCommand(live.send);
  const shown = state.namesOnMap.includes(self);
  return (
    <section className="card stack">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={shown}
          disabled={command.pending}
          onChange={(event) =>
            void command.run({
              type: "opinion.show_name",
              payload: { shown: event.currentTarget.checked },
            })
          }
        />{" "}
        {t("opinions.phone.showName")}
      </label>
      <p className="muted">{t("opinions.phone.showNameHint")}</p>
      {command.error && <ErrorAlert>{command.error}</ErrorAlert>}
    </section>
  );
}
