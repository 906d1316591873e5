import { useTranslation } from "react-i18next";
import { factsBoard } from "../../../live/method-view";
import { FactDetails } from "../../live/FactDetails";
import { ContributionBoard } from "../../live/LiveParts";
import { WriteForm } from "../../live/WriteForm";
import { DisputeControl, HideControl } from "./Moderation";
import type { StepPanelProps } from "./panel-props";

/** Share facts: post one with its source, read the questions on each, mark one disputed. */
export function FactsPanel({ state, live, step }: StepPanelProps) {
  const { t } = useTranslation();
  const { cards, questionsOn } = factsBoard(state, step.id);
  return (
    <>
      {step.settings.contributionKinds.includes("fact") && (
        <WriteForm step={step} send={live.send} kinds={["fact"]} label={t("consent.facts.post")} />
      )}
      <section className="card stack" aria-labelledby="facts-title">
        <h2 id="facts-title">{t("consent.facts.title")}</h2>
        <ContributionBoard
          state={state}
          contributions={cards}
          reactions={step.settings.reactions}
          details={(fact) =>
            fact.kind === "fact" && (
              <FactDetails state={state} fact={fact} questions={questionsOn.get(fact.id) ?? []} />
            )
          }
          actions={(contribution) => (
            <>
              {contribution.kind === "fact" && (
                <DisputeControl fact={contribution} send={live.send} />
              )}
              <HideControl contribution={contribution} send={live.send} />
            </>
          )}
        />
      </section>
    </>
  );
}
