import { agreedByAll, type DecisionRule, MAX_PROPOSAL_CHARS } from "@samspel/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ChoiceField } from "../../../../forms/ChoiceField";
import { Field } from "../../../../forms/Field";
import { SubmitRow } from "../../../../forms/SubmitRow";
import { TextAreaField } from "../../../../forms/TextAreaField";
import { useIdSet } from "../../../../lib/use-id-set";
import { allInsights } from "../../../../live/method-view";
import { useCommand } from "../../../../live/use-command";
import type { PanelProps } from "../panel-props";
import { wholeNumber } from "../whole-number";

type RuleKind = DecisionRule["kind"];
const RULE_KINDS: RuleKind[] = ["consent", "majority", "threshold"];
const DEFAULT_PERCENT = 67;

/**
 * Drafting a proposal from the insights. Consent is the method's rule and chosen unless the
 * group decided otherwise; a poll is offered, and labelled, as what it is: not the default.
 */
export function DraftProposalForm({ state, live }: PanelProps) {
  const { t } = useTranslation();
  const command = useCommand(live.send);
  const insights = allInsights(state);
  const [text, setText] = useState("");
  // The common ground is what a proposal most naturally rests on: ticked to begin with.
  const chosen = useIdSet(() => insights.filter((i) => agreedByAll(state, i)).map((i) => i.id));
  const [rule, setRule] = useState<RuleKind>("consent");
  const [percent, setPercent] = useState(String(DEFAULT_PERCENT));
  const [problems, setProblems] = useState<{ text?: string; percent?: string }>({});

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (command.pending) return;
    const threshold = wholeNumber(percent, 50, 100);
    const found = {
      ...(!text.trim() && { text: t("validation.required") }),
      ...(rule === "threshold" &&
        threshold === undefined && { percent: t("consent.draft.percentRange") }),
    };
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const decisionRule: DecisionRule =
      rule === "threshold"
        ? { kind: "threshold", percent: threshold ?? DEFAULT_PERCENT }
        : { kind: rule };
    const ok = await command.run({
      type: "proposal.draft",
      payload: { text: text.trim(), insightIds: [...chosen.ids], rule: decisionRule },
    });
    if (ok) setText("");
  };

  return (
    <form
      className="card stack"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-labelledby="draft-title"
      data-testid="draft-proposal"
    >
      <h2 id="draft-title">{t("consent.draft.title")}</h2>
      <TextAreaField
        name="proposal"
        label={t("consent.draft.text")}
        hint={t("consent.draft.textHint")}
        error={problems.text}
        required
        rows={4}
        maxLength={MAX_PROPOSAL_CHARS}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <fieldset className="choices">
        <legend className="label">{t("consent.draft.restsOn")}</legend>
        {insights.length === 0 ? (
          <p className="muted">{t("consent.insights.none")}</p>
        ) : (
          insights.map((insight) => (
            <label key={insight.id} className="checkbox">
              <input
                type="checkbox"
                checked={chosen.ids.has(insight.id)}
                onChange={() => chosen.toggle(insight.id)}
              />
              <span>
                {insight.text}
                {agreedByAll(state, insight) && (
                  <span className="muted"> · {t("consent.insights.everyone")}</span>
                )}
              </span>
            </label>
          ))
        )}
      </fieldset>
      <ChoiceField
        name="rule"
        legend={t("consent.draft.rule")}
        options={RULE_KINDS}
        value={rule}
        onChange={setRule}
        title={(kind) => t(`consent.draft.rules.${kind}.title`)}
        explain={(kind) => t(`consent.draft.rules.${kind}.explain`)}
      >
        {rule === "threshold" && (
          <Field
            name="percent"
            type="number"
            inputMode="numeric"
            min={50}
            max={100}
            label={t("consent.draft.percent")}
            error={problems.percent}
            value={percent}
            onChange={(event) => setPercent(event.target.value)}
          />
        )}
      </ChoiceField>
      <SubmitRow
        error={command.error}
        pending={command.pending}
        label={t("consent.draft.submit")}
      />
    </form>
  );
}
