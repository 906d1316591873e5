import type { DecisionRecord } from "@samspel/core";
import { DecisionRuleText } from "../../components/consent/DecisionRuleText";
import { PageHeading } from "../../components/PageHeading";
import { useSessionT } from "../../components/SessionLanguage";
import { formatDateTime, formatDay } from "../../lib/format";

/** The head of the record: the question, what was decided (or why not yet), by which rule, when. */
export function RecordOutcome({ record }: { record: DecisionRecord }) {
  const { t, language } = useSessionT();
  const decided = record.outcome === "decided";
  return (
    <header className="record-head stack">
      <div>
        <p className="record-eyebrow">
          {decided ? t("decisions.record.eyebrowDecided") : t("decisions.record.eyebrowPostponed")}
        </p>
        <PageHeading>{record.title}</PageHeading>
        {record.question && (
          <p className="record-question">
            <span className="record-label">{t("decisions.record.question")}</span> {record.question}
          </p>
        )}
      </div>
      <div className={`record-outcome record-outcome-${record.outcome}`}>
        <p className="record-outcome-label">
          <span className={`badge badge-outcome-${record.outcome}`}>
            {t(`decisions.outcome.${record.outcome}`)}
          </span>
          <span>
            {decided ? t("decisions.record.decision") : t("decisions.record.lastWording")} ·{" "}
            {t("decisions.version", { version: record.version })}
          </span>
        </p>
        <blockquote className="record-text">
          <p>{record.text}</p>
        </blockquote>
        {decided && record.rationale && (
          <p>
            <span className="record-label">{t("decisions.record.rationale")}</span>{" "}
            {record.rationale}
          </p>
        )}
        {record.postponeReason && (
          <p>
            <span className="record-label">{t("decisions.record.postponeReason")}</span>{" "}
            {record.postponeReason}
          </p>
        )}
      </div>
      <dl className="record-facts">
        <div className={record.rule.kind === "consent" ? undefined : "record-rule-poll"}>
          <dt>{t("decisions.record.rule")}</dt>
          <dd data-testid="decision-rule">
            <DecisionRuleText rule={record.rule} />
          </dd>
        </div>
        <div>
          <dt>{decided ? t("decisions.record.decidedAt") : t("decisions.record.postponedAt")}</dt>
          <dd>{formatDateTime(record.at, language)}</dd>
        </div>
        {record.sessionStartedAt && (
          <div>
            <dt>{t("decisions.record.sessionStarted")}</dt>
            <dd>{formatDateTime(record.sessionStartedAt, language)}</dd>
          </div>
        )}
        {decided && (
          <div>
            <dt>{t("decisions.record.reviewDate")}</dt>
            <dd>
              {record.reviewDate
                ? formatDay(record.reviewDate, language)
                : t("decisions.record.noReviewDate")}
            </dd>
          </div>
        )}
      </dl>
    </header>
  );
}
