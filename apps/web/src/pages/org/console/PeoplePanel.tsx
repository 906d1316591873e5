import { getById } from "@samspel/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/Alert";
import { useCommand } from "../../../live/use-command";
import { useParticipantName } from "../../../live/use-participant-name";
import { BookedPeople } from "./BookedPeople";
import type { PanelProps } from "./panel-props";

/**
 * Who runs the session (facilitators enter the record when they first act; people booked for it
 * are listed from the start), who has joined, who agreed to the ground rules, and raised hands to
 * give the floor to.
 */
export function PeoplePanel({ state, live }: PanelProps) {
  const { t } = useTranslation();
  const command = useCommand(live.send);
  const name = useParticipantName(state);
  return (
    <section className="card stack" aria-labelledby="people-title">
      <h2 id="people-title">
        {t("console.participants")} <span className="count">{state.participantOrder.length}</span>
      </h2>
      <p className="muted" data-testid="facilitator-list">
        {t("console.facilitators", {
          names: Object.values(state.facilitators)
            .map((facilitator) => facilitator.displayName)
            .join(", "),
        })}
      </p>
      <BookedPeople sessionId={state.sessionId} />
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
