import {
  dotsLeft,
  dotsPlaced,
  type SessionCommand,
  type SessionState,
  type Step,
  type VoteTarget,
} from "@samspel/core";
import { useTranslation } from "react-i18next";
import { useCommand } from "../../../live/use-command";

export interface Ballot {
  left: number;
  placed: (targetId: string) => number;
  vote: (target: VoteTarget, cast: boolean) => void;
  pending: boolean;
  error: string | null;
}

/** A participant's dots in a step: how many are left, where they are, placing and taking back. */
export function useBallot(
  state: SessionState,
  step: Step,
  self: string,
  send: (command: SessionCommand) => Promise<number>,
): Ballot {
  const command = useCommand(send);
  const placed = dotsPlaced(state, step.id, self);
  return {
    left: dotsLeft(state, step.id, self),
    placed: (targetId) => placed[targetId] ?? 0,
    vote: (target, cast) =>
      void command.run({ type: cast ? "vote.cast" : "vote.retract", payload: { target } }),
    pending: command.pending,
    error: command.error,
  };
}

export function DotsLeft({ ballot }: { ballot: Ballot }) {
  const { t } = useTranslation();
  return (
    <p className="dots-left" aria-live="polite">
      {t("participant.dotsLeft", { count: ballot.left })}
    </p>
  );
}

/** Place a dot, or take one back; `name` says on what, for a screen reader's list of buttons. */
export function DotButtons({
  ballot,
  target,
  name,
}: {
  ballot: Ballot;
  target: VoteTarget;
  name?: string;
}) {
  const { t } = useTranslation();
  const mine = ballot.placed(target.id);
  return (
    <span className="vote">
      <button
        type="button"
        className="button button-secondary button-small"
        disabled={ballot.left <= 0 || ballot.pending}
        aria-label={name && t("consent.themes.addDotOn", { name })}
        onClick={() => ballot.vote(target, true)}
      >
        {t("participant.addDot")}
      </button>
      {mine > 0 && (
        <button
          type="button"
          className="button button-quiet button-small"
          disabled={ballot.pending}
          aria-label={name && t("consent.themes.removeDotFrom", { name, number: mine })}
          onClick={() => ballot.vote(target, false)}
        >
          {t("participant.removeDot")} ({mine})
        </button>
      )}
    </span>
  );
}
