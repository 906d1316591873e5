import type { DecisionRule } from "@samspel/core";
import { useSessionT } from "../SessionLanguage";

/** The decision rule in words. A poll says so in its first words: never to be taken for consent. */
export function DecisionRuleText({ rule }: { rule: DecisionRule }) {
  const { t } = useSessionT();
  return rule.kind === "threshold"
    ? t("decisions.rules.threshold", { percent: rule.percent })
    : t(`decisions.rules.${rule.kind}`);
}
