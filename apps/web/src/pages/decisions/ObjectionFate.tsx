import type { DecisionRecord } from "@samspel/core";
import { useSessionT } from "../../components/SessionLanguage";

type Objection = DecisionRecord["objections"][number];

/** How an objection was tested with the group, and the version that met it. */
export function ObjectionFate({ test, integratedIn }: Pick<Objection, "test" | "integratedIn">) {
  const { t } = useSessionT();
  return (
    <div className={`objection-fate objection-fate-${test?.outcome ?? "untested"}`}>
      <p>
        <strong>
          {test ? t(`decisions.objectionOutcomes.${test.outcome}`) : t("decisions.notTested")}
        </strong>
      </p>
      {test?.rationale && (
        <p>{t("decisions.record.testRationale", { rationale: test.rationale })}</p>
      )}
      {integratedIn !== null && <p>{t("decisions.integratedIn", { version: integratedIn })}</p>}
    </div>
  );
}
