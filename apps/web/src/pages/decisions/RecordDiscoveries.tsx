import type { DecisionRecord } from "@samspel/core";
import { useSessionT } from "../../components/SessionLanguage";
import { RecordList, RecordSection } from "./RecordSection";
import { authorLabel } from "./who";

/** Steps 2 and 3: the reflections, the themes they were grouped into, and the insights. */
export function RecordDiscoveries({ record }: { record: DecisionRecord }) {
  const { t } = useSessionT();
  const mostDots = Math.max(1, ...record.themes.map((theme) => theme.votes));
  return (
    <>
      <RecordSection title={t("decisions.record.reflections")}>
        <RecordList items={record.reflections} empty={t("decisions.record.noReflections")}>
          {(reflection) => {
            const author = authorLabel(reflection.author, record.anonymity, t);
            return (
              <li className="record-item">
                <p className="record-item-text">{reflection.text}</p>
                {author && <p className="record-item-meta">{author}</p>}
              </li>
            );
          }}
        </RecordList>
      </RecordSection>

      <RecordSection title={t("decisions.record.themes")}>
        <RecordList items={record.themes} empty={t("decisions.record.noThemes")}>
          {(theme) => (
            <li className="record-item">
              <p className="record-theme-head">
                <strong>{theme.name}</strong>
                <span>{t("decisions.dots", { count: theme.votes })}</span>
              </p>
              <span
                className="dot-bar"
                style={{ inlineSize: `${(theme.votes / mostDots) * 100}%` }}
                aria-hidden="true"
              />
              {theme.reflections.length > 0 && (
                <ul className="record-replies">
                  {theme.reflections.map((text) => (
                    <li key={text}>{text}</li>
                  ))}
                </ul>
              )}
            </li>
          )}
        </RecordList>
      </RecordSection>

      <RecordSection title={t("decisions.record.insights")}>
        <RecordList items={record.insights} empty={t("decisions.record.noInsights")}>
          {(insight) => (
            <li className="record-item">
              <p className="record-item-text">{insight.text}</p>
              {(insight.votes > 0 || insight.agreedByAll) && (
                <p className="record-item-meta">
                  {insight.votes > 0 && (
                    <span>{t("decisions.dots", { count: insight.votes })}</span>
                  )}
                  {insight.agreedByAll && (
                    <span className="badge badge-agreed">{t("decisions.agreedByAll")}</span>
                  )}
                </p>
              )}
            </li>
          )}
        </RecordList>
      </RecordSection>
    </>
  );
}
