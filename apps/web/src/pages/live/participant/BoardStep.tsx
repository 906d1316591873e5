import type { Contribution } from "@samspel/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/Alert";
import { CommandFormToggle } from "../../../forms/CommandForm";
import { factsBoard } from "../../../live/method-view";
import { useCommand } from "../../../live/use-command";
import { boardOf } from "../../../live/view";
import { FactDetails } from "../FactDetails";
import { ContributionBoard } from "../LiveParts";
import { WriteForm } from "../WriteForm";
import { DotButtons, DotsLeft, useBallot } from "./Dots";
import type { StepProps } from "./step-props";

/**
 * A step that writes onto a board: reflect (silent until revealed), share facts, and any other
 * kind. In share facts, each fact shows its source and questions, and takes a clarifying
 * question of its own.
 */
export function BoardStep({ state, step, live, self }: StepProps) {
  const { t } = useTranslation();
  const command = useCommand(live.send);
  const ballot = useBallot(state, step, self, live.send);
  const facts = step.phase === "share_facts" ? factsBoard(state, step.id) : undefined;
  const voting = step.settings.dotVoteBudget > 0;
  const askable = step.settings.contributionKinds.includes("question");

  const actions = (contribution: Contribution) => (
    <>
      {voting && (
        <DotButtons ballot={ballot} target={{ kind: "contribution", id: contribution.id }} />
      )}
      {facts && askable && contribution.kind === "fact" && (
        <CommandFormToggle
          send={live.send}
          openLabel={t("consent.facts.ask")}
          label={t("consent.facts.question")}
          hint={t("consent.facts.questionHint")}
          submitLabel={t("consent.facts.askSubmit")}
          maxLength={2000}
          toCommand={(text) => ({
            type: "contribution.add",
            payload: { kind: "question", text, replyTo: contribution.id },
          })}
        />
      )}
    </>
  );

  return (
    <>
      {step.settings.contributionKinds.length > 0 && <WriteForm step={step} send={live.send} />}
      {voting && <DotsLeft ballot={ballot} />}
      {(command.error || ballot.error) && <ErrorAlert>{command.error ?? ballot.error}</ErrorAlert>}
      <ContributionBoard
        state={state}
        contributions={facts ? facts.cards : boardOf(state, step)}
        self={self}
        reactions={step.settings.reactions}
        onReact={(contribution, reaction) =>
          void command.run({
            type: "reaction.toggle",
            payload: { contributionId: contribution.id, reaction },
          })
        }
        actions={voting || facts ? actions : undefined}
        details={
          facts &&
          ((contribution) =>
            contribution.kind === "fact" && (
              <FactDetails
                state={state}
                fact={contribution}
                questions={facts.questionsOn.get(contribution.id) ?? []}
              />
            ))
        }
      />
    </>
  );
}
