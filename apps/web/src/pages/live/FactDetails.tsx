import type { Contribution, SessionState } from "@samspel/core";
import { useTranslation } from "react-i18next";
import { ChartSnapshot } from "../../flow/snapshot/ChartSnapshot";
import { authorLabel } from "./LiveParts";

/** Only web links are shown as links: the engine takes no other, and a page must never run one. */
function webLink(url: string | undefined): URL | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What makes a fact checkable, under its text: where it comes from, the figure it states,
 * whether the facilitator marked it disputed, and the clarifying questions asked on it.
 */
export function FactDetails({
  state,
  fact,
  questions,
}: {
  state: SessionState;
  fact: Contribution;
  questions: Contribution[];
}) {
  const { t } = useTranslation();
  const link = webLink(fact.source?.url);
  const figure = fact.source?.figure;
  const chart = fact.source?.chart;
  return (
    <>
      {chart && <ChartSnapshot snapshot={chart} />}
      {(link || figure) && (
        <p className="fact-source">
          {figure && (
            <span className="figure" data-testid="fact-figure">
              {figure}
            </span>
          )}
          {link && (
            <a href={link.href} target="_blank" rel="noreferrer noopener">
              {t("consent.facts.sourceLink", { host: link.host })}
            </a>
          )}
        </p>
      )}
      {fact.disputed && (
        <p className="disputed" data-testid="disputed">
          <strong>{t("consent.facts.disputed")}</strong>
          {fact.disputed.note && <> — {fact.disputed.note}</>}
        </p>
      )}
      {questions.length > 0 && (
        <div className="questions">
          <p className="label">{t("consent.facts.questions", { count: questions.length })}</p>
          <ul data-testid="fact-questions">
            {questions.map((question) => (
              <li key={question.id}>
                {question.text} <span className="muted">— {authorLabel(state, question, t)}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
