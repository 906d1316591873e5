import type { DiffSegment } from "../../decisions/word-diff";
import { useSessionT } from "../SessionLanguage";

/**
 * A version read against the one before: removed words struck through, added ones underlined.
 * Screen readers do not all announce `ins` and `del`, so hidden words say it aloud.
 */
export function VersionDiff({ segments, previous }: { segments: DiffSegment[]; previous: number }) {
  const { t } = useSessionT();
  return (
    <figure className="version-diff">
      <figcaption className="version-diff-caption">
        {t("decisions.record.changesFrom", { version: previous })}
      </figcaption>
      <blockquote className="version-diff-text">
        <p>
          {segments.map((segment, index) => {
            // Computed from two fixed texts on each render: the order is the identity.
            const key = index;
            if (segment.change === "same") return <span key={key}>{segment.text}</span>;
            const Tag = segment.change === "added" ? "ins" : "del";
            return (
              <Tag key={key}>
                <span className="visually-hidden">
                  [{t(`decisions.record.${segment.change}`)}:{" "}
                </span>
                {segment.text}
                <span className="visually-hidden">]</span>
              </Tag>
            );
          })}
        </p>
      </blockquote>
    </figure>
  );
}
