import type { DecisionRecord } from "@samspel/core";
import { VersionDiff } from "../../components/consent/VersionDiff";
import { useSessionT } from "../../components/SessionLanguage";
import { chaptersOf, type VersionChapter } from "../../decisions/record-view";
import { formatDateTime } from "../../lib/format";
import { RecordRound } from "./RecordRound";
import { RecordSection } from "./RecordSection";

/** Step 4: every version of the proposal, what changed and why, and the rounds held on it. */
export function RecordProposal({ record }: { record: DecisionRecord }) {
  const { t } = useSessionT();
  return (
    <RecordSection title={t("decisions.record.proposal")}>
      <ol className="record-chapters">
        {chaptersOf(record).map((chapter) => (
          <Chapter key={chapter.version.version} chapter={chapter} record={record} />
        ))}
      </ol>
    </RecordSection>
  );
}

function Chapter({ chapter, record }: { chapter: VersionChapter; record: DecisionRecord }) {
  const { t, language } = useSessionT();
  const { version, changes } = chapter;
  return (
    <li className="record-chapter" data-testid="proposal-version">
      <h3>{t("decisions.version", { version: version.version })}</h3>
      <p className="record-item-meta">
        {/* The public view names nobody: the date alone. */}
        {version.by
          ? t("decisions.record.versionMeta", {
              name: version.by,
              date: formatDateTime(version.at, language),
            })
          : formatDateTime(version.at, language)}
      </p>
      {changes ? (
        <VersionDiff segments={changes} previous={version.version - 1} />
      ) : (
        <blockquote className="record-text">
          <p>{version.text}</p>
        </blockquote>
      )}
      {version.note && <p>{t("decisions.record.changeNote", { note: version.note })}</p>}
      {chapter.rounds.map((round, index) => (
        // Rounds have no ids in the record and never change: their place is their key.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above.
        <RecordRound key={index} round={round} anonymity={record.anonymity} />
      ))}
    </li>
  );
}
