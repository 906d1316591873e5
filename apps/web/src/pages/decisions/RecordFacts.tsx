import type { DecisionRecord } from "@samspel/core";
import { useSessionT } from "../../components/SessionLanguage";
import { sourceHost } from "../../decisions/record-view";
import { ChartSnapshot } from "../../flow/snapshot/ChartSnapshot";
import { RecordList, RecordSection } from "./RecordSection";
import { authorLabel } from "./who";

type Fact = DecisionRecord["facts"][number];

/** Step 1, share facts: each fact with its figure and source, disputes and questions. */
export function RecordFacts({ record }: { record: DecisionRecord }) {
  const { t } = useSessionT();
  return (
    <RecordSection title={t("decisions.record.facts")}>
      <RecordList items={record.facts} empty={t("decisions.record.noFacts")}>
        {(fact) => <FactItem fact={fact} record={record} />}
      </RecordList>
    </RecordSection>
  );
}

function FactItem({ fact, record }: { fact: Fact; record: DecisionRecord }) {
  const { t } = useSessionT();
  const url = fact.source?.url;
  const host = url ? sourceHost(url) : null;
  const author = authorLabel(fact.author, record.anonymity, t);
  return (
    <li className={fact.disputed ? "record-item record-fact-disputed" : "record-item"}>
      <p className="record-item-text">{fact.text}</p>
      {fact.source?.chart && <ChartSnapshot snapshot={fact.source.chart} />}
      <p className="record-item-meta">
        {fact.source?.figure && (
          <span>
            {t("decisions.record.figure")}: <strong>{fact.source.figure}</strong>
          </span>
        )}
        {url && (
          <span>
            {t("decisions.record.source")}:{" "}
            {host ? (
              <a href={url} rel="noopener noreferrer">
                {host}
              </a>
            ) : (
              url
            )}
          </span>
        )}
        {author && <span>{author}</span>}
      </p>
      {fact.disputed && (
        <p className="disputed-mark">
          {fact.disputed.note
            ? t("decisions.record.disputedNote", { note: fact.disputed.note })
            : t("decisions.disputed")}
        </p>
      )}
      {fact.questions.length > 0 && (
        <div className="record-replies">
          <p className="record-label">{t("decisions.record.factQuestions")}</p>
          <ul>
            {fact.questions.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}
