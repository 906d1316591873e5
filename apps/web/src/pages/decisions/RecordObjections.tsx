import type { DecisionRecord } from "@samspel/core";
import { ObjectionFate } from "../../components/consent/ObjectionFate";
import { useSessionT } from "../../components/SessionLanguage";
import { RecordList, RecordSection } from "./RecordSection";
import { authorLabel } from "./who";

type Objection = DecisionRecord["objections"][number];
type Concern = DecisionRecord["concerns"][number];

/** The objections and what became of each; the concerns the group promised to follow up. */
export function RecordObjections({ record }: { record: DecisionRecord }) {
  const { t } = useSessionT();
  return (
    <>
      <RecordSection title={t("decisions.record.objections")}>
        <RecordList items={record.objections} empty={t("decisions.record.noObjections")}>
          {(objection) => <ObjectionItem objection={objection} record={record} />}
        </RecordList>
      </RecordSection>
      <RecordSection title={t("decisions.record.concerns")}>
        <RecordList items={record.concerns} empty={t("decisions.record.noConcerns")}>
          {(concern) => <ConcernItem concern={concern} record={record} />}
        </RecordList>
      </RecordSection>
    </>
  );
}

function ObjectionItem({ objection, record }: { objection: Objection; record: DecisionRecord }) {
  const { t } = useSessionT();
  const who = authorLabel(objection.participant, record.anonymity, t);
  return (
    <li className="record-item record-objection" data-testid="objection">
      <p className="record-label">
        {t("decisions.record.objectionOn", { version: objection.version })}
        {who && ` · ${who}`}
      </p>
      <p className="record-item-text">{objection.reason}</p>
      <ObjectionFate test={objection.test} integratedIn={objection.integratedIn} />
    </li>
  );
}

function ConcernItem({ concern, record }: { concern: Concern; record: DecisionRecord }) {
  const { t } = useSessionT();
  const who = authorLabel(concern.participant, record.anonymity, t);
  return (
    <li className="record-item record-concern" data-testid="concern">
      <p className="record-item-text">{concern.reason}</p>
      <p className="record-item-meta">
        {who && <span>{who}</span>}
        <span>
          {concern.from === "concern"
            ? t("decisions.record.fromConcern")
            : t("decisions.record.fromObjection")}
        </span>
      </p>
    </li>
  );
}
