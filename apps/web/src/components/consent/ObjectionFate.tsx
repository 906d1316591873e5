import type { ObjectionTest } from "@samspel/core";
import { useSessionT } from "../SessionLanguage";

/** How an objection was tested with the group, and the version that met it. */
export function ObjectionFate({
  test,
  integratedIn,
}: {
  /** Null until the facilitator has tested it with the group. */
  test: ObjectionTest | null;
  /** The version written to meet it, once there is one. */
  integratedIn: number | null;
}) {
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
