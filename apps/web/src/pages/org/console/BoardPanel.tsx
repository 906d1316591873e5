import type { Contribution } from "@samspel/core";
import { useTranslation } from "react-i18next";
import { contributionsOf } from "../../../live/view";
import { ContributionBoard } from "../../live/LiveParts";
import { HideControl } from "./Moderation";
import type { StepPanelProps } from "./panel-props";

/**
 * What a step has written, for the facilitator to watch and moderate. Reflect says above it how
 * the silent writing goes: how many wrote, of how many.
 */
export function BoardPanel({ state, live, step }: StepPanelProps) {
  const { t } = useTranslation();
  const contributions = contributionsOf(state, step.id);
  return (
    <section className="card stack" aria-labelledby="board-title">
      <h2 id="board-title">{t("board.label")}</h2>
      {step.settings.silent && (
        <SilentCount state={state} step={step} contributions={contributions} />
      )}
      <ContributionBoard
        state={state}
        contributions={contributions}
        reactions={step.settings.reactions}
        actions={(contribution) => <HideControl contribution={contribution} send={live.send} />}
      />
    </section>
  );
}

function SilentCount({
  state,
  step,
  contributions,
}: Omit<StepPanelProps, "live"> & { contributions: Contribution[] }) {
  const { t } = useTranslation();
  const count = contributions.length;
  // Where the anonymity mode hides authors even from facilitators, only the count is known.
  const authorsKnown = contributions.every((c) => c.author?.id !== undefined);
  const writers = new Set(
    contributions.flatMap((c) =>
      c.author?.kind === "participant" && c.author.id ? [c.author.id] : [],
    ),
  );
  return (
    <p className="silent-count" data-testid="silent-count" data-count={count} aria-live="polite">
      <strong>
        {step.revealedAt ? t("consent.reflect.revealed") : t("consent.reflect.silent")}
      </strong>{" "}
      {authorsKnown
        ? t("consent.reflect.countWriters", {
            count,
            writers: writers.size,
            total: state.participantOrder.length,
          })
        : t("consent.reflect.count", { count })}
    </p>
  );
}
