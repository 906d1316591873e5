import { diffWords } from "diff";
import { useTranslation } from "react-i18next";

/**
 * What changed between two wordings, word by word: removed words struck through, added ones
 * marked. Screen readers do not announce <ins> and <del>, so each part says what it is.
 */
export function WordDiff({ before, after }: { before: string; after: string }) {
  const { t } = useTranslation();
  return (
    <p className="word-diff" data-testid="word-diff">
      {diffWords(before, after).map((part, index) => {
        // Parts have no identity beyond their place in this one diff.
        const key = `${index}-${part.added}-${part.removed}`;
        if (part.added) {
          return (
            <ins key={key}>
              <span className="visually-hidden">{t("consent.diff.added")} </span>
              {part.value}
            </ins>
          );
        }
        if (part.removed) {
          return (
            <del key={key}>
              <span className="visually-hidden">{t("consent.diff.removed")} </span>
              {part.value}
            </del>
          );
        }
        return <span key={key}>{part.value}</span>;
      })}
    </p>
  );
}
