import {
  moderationQueue,
  type OpinionMapView,
  type SessionState,
  statementsOf,
} from "@samspel/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/Alert";
import { useCommand } from "../../../live/use-command";
import { CommonGroundList, DivisiveList, GroupList } from "../../../opinions/OpinionLists";
import { OpinionMapSvg } from "../../../opinions/OpinionMapSvg";
import { StatementForm } from "../../../opinions/StatementForm";
import type { StepPanelProps } from "./panel-props";

/**
 * The facilitator's opinion map: statements waiting for approval, the live map with its groups,
 * common ground and divisions, and one click to carry a common-ground statement into the
 * session as an insight or a proposal draft.
 */
export function OpinionPanel({ state, live, step }: StepPanelProps) {
  const { t } = useTranslation();
  const command = useCommand(live.send);
  const map = live.opinionMap?.stepId === step.id ? live.opinionMap : null;
  const statements = statementsOf(state, step.id);
  const votes = statements.reduce(
    (sum, s) => sum + s.votes.agree + s.votes.disagree + s.votes.pass,
    0,
  );
  const queue = moderationQueue(state, step.id);
  return (
    <section className="card stack-lg" aria-labelledby="opinion-panel-title">
      <div className="stack">
        <h2 id="opinion-panel-title">{t("opinions.title")}</h2>
        <p className="muted">
          {t("opinions.console.counts", { statements: statements.length, votes })}
        </p>
      </div>
      {command.error && <ErrorAlert>{command.error}</ErrorAlert>}
      {step.settings.opinionMap?.moderation === "facilitator" && (
        <section
          className="stack"
          aria-labelledby="opinion-queue-title"
          data-testid="moderation-queue"
        >
          <h3 id="opinion-queue-title">{t("opinions.console.queueTitle")}</h3>
          {queue.length === 0 ? (
            <p className="muted">{t("opinions.console.queueEmpty")}</p>
          ) : (
            <ul className="opinion-statements">
              {queue.map((statement) => (
                <li key={statement.id} className="opinion-queued">
                  <span className="opinion-text">{statement.text}</span>
                  <span className="actions">
                    {[true, false].map((approve) => (
                      <button
                        key={String(approve)}
                        type="button"
                        className={`button button-small ${approve ? "button-primary" : "button-secondary"}`}
                        disabled={command.pending}
                        onClick={() =>
                          void command.run({
                            type: "opinion.moderate",
                            payload: { statementId: statement.id, approve },
                          })
                        }
                      >
                        {t(approve ? "opinions.console.approve" : "opinions.console.reject")}
                      </button>
                    ))}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {map ? (
        <MapView map={map} state={state} run={command.run} pending={command.pending} />
      ) : (
        <p className="muted">{t("opinions.console.waiting")}</p>
      )}
      <StatementForm send={live.send} moderated={false} />
    </section>
  );
}

function MapView({
  map,
  state,
  run,
  pending,
}: {
  map: OpinionMapView;
  state: SessionState;
  run: ReturnType<typeof useCommand>["run"];
  pending: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div className="stack">
        <OpinionMapSvg map={map} />
        <p className="muted">{t("opinions.console.updatedFrom", { votes: map.votes })}</p>
      </div>
      <GroupList map={map} state={state} />
      <CommonGroundList
        map={map}
        state={state}
        actions={({ statementId }) => {
          const statement = state.statements[statementId];
          if (!statement) return null;
          const convert = { statementId, run, pending };
          return (
            <span className="actions">
              <Convert
                {...convert}
                done={statement.insightId !== null}
                doneLabel={t("opinions.console.isInsight")}
                label={t("opinions.console.makeInsight")}
                type="opinion.make_insight"
                tone="secondary"
              />
              <Convert
                {...convert}
                done={statement.proposalId !== null}
                doneLabel={t("opinions.console.isProposal")}
                label={t("opinions.console.draftProposal")}
                type="opinion.draft_proposal"
                tone="primary"
              />
            </span>
          );
        }}
      />
      <DivisiveList map={map} state={state} />
    </>
  );
}

/** One click carries a statement into the session; once done, it says so instead. */
function Convert({
  statementId,
  run,
  pending,
  done,
  doneLabel,
  label,
  type,
  tone,
}: {
  statementId: string;
  run: ReturnType<typeof useCommand>["run"];
  pending: boolean;
  done: boolean;
  doneLabel: string;
  label: string;
  type: "opinion.make_insight" | "opinion.draft_proposal";
  tone: "primary" | "secondary";
}) {
  if (done) return <span className="badge">{doneLabel}</span>;
  return (
    <button
      type="button"
      className={`button button-${tone} button-small`}
      disabled={pending}
      onClick={() => void run({ type, payload: { statementId } })}
    >
      {label}
    </button>
  );
}
