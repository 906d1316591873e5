import type { DecisionRecord } from "@samspel/core";
import { useSessionT } from "../../components/SessionLanguage";
import { peopleOf } from "../../decisions/record-view";
import { RecordSection } from "./RecordSection";
import { personLabel } from "./who";

/** Who took part and in what role: ownership of a decision is visible in its record (seed 000). */
export function RecordPeople({ record }: { record: DecisionRecord }) {
  const { t } = useSessionT();
  const people = peopleOf(record);
  return (
    <RecordSection title={t("decisions.record.people")}>
      <dl className="record-facts">
        {/* The public view names no facilitator (core's publicDecisionRecord). */}
        {people.lead.length > 0 && (
          <div>
            <dt>{t("decisions.record.leadFacilitator")}</dt>
            <dd>{people.lead.join(", ")}</dd>
          </div>
        )}
        {people.coFacilitators.length > 0 && (
          <div>
            <dt>{t("decisions.record.coFacilitators")}</dt>
            <dd>{people.coFacilitators.join(", ")}</dd>
          </div>
        )}
        <div>
          <dt>
            {t("decisions.record.participants")} ({people.participants.length})
          </dt>
          <dd>
            {people.participants.map((name) => personLabel(name, record.anonymity, t)).join(", ")}
          </dd>
        </div>
      </dl>
      <p className="muted">
        {t("decisions.record.anonymityNote", { mode: t(`live.anonymity.${record.anonymity}`) })}
      </p>
    </RecordSection>
  );
}
