import { currentFloor } from "@samspel/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/Alert";
import { CommandForm } from "../../../forms/CommandForm";
import { useCommand } from "../../../live/use-command";
import { useParticipantName } from "../../../live/use-participant-name";
import { currentStep } from "../../../live/view";
import type { PanelProps } from "./panel-props";
import { wholeNumber } from "./whole-number";

/** A speaking round: everyone gets the floor in turn, with an optional time per turn. */
export function SpeakingRoundPanel({ state, live }: PanelProps) {
  const { t } = useTranslation();
  const command = useCommand(live.send);
  const name = useParticipantName(state);
  if (state.status !== "running") return null;
  const floor = currentFloor(state);
  // The decide step asks everyone in turn through its own proposal rounds (clarifying, reactions,
  // consent); a second kind of round there would only compete with them. A speaking round
  // already running when the step changed can still be ended.
  if (!floor && currentStep(state)?.phase === "decide") return null;
  return (
    <section className="card stack" aria-labelledby="round-title">
      <h2 id="round-title">{t("console.round")}</h2>
      {floor ? (
        <>
          <p className="turn-who" aria-live="polite">
            {t("participant.hasFloor", { name: name(floor.turn.participantId) })}
          </p>
          {floor.next && (
            <p className="muted">{t("console.next", { name: name(floor.next.participantId) })}</p>
          )}
          <div className="actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() =>
                void command.run({
                  type: "round.end_turn",
                  payload: { roundId: floor.round.id, turn: floor.index },
                })
              }
            >
              {t("console.endTurn")}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() =>
                void command.run({ type: "round.end", payload: { roundId: floor.round.id } })
              }
            >
              {t("console.endRound")}
            </button>
          </div>
        </>
      ) : (
        <CommandForm
          send={live.send}
          type="number"
          required={false}
          label={t("console.turnSeconds")}
          submitLabel={t("console.startRound")}
          min={1}
          max={3600}
          toCommand={(value) => {
            if (value === "") return { type: "round.start", payload: {} };
            const turnSeconds = wholeNumber(value, 1, 3600);
            return turnSeconds === undefined
              ? { problem: t("consent.console.secondsRange") }
              : { type: "round.start", payload: { turnSeconds } };
          }}
        />
      )}
      {command.error && <ErrorAlert>{command.error}</ErrorAlert>}
    </section>
  );
}
