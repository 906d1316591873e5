import type { AnonymityMode } from "@samspel/core";
import { ObjectionFate } from "../../components/consent/ObjectionFate";
import { PositionCounts } from "../../components/consent/PositionCounts";
import { PositionTile } from "../../components/consent/PositionTile";
import { useSessionT } from "../../components/SessionLanguage";
import type { RecordEntry, RecordRound as Round } from "../../decisions/record-view";
import { formatDateTime } from "../../lib/format";
import { authorLabel } from "./who";

/** One round as it went: every answer, with its reason; a poll with its tally. */
export function RecordRound({ round, anonymity }: { round: Round; anonymity: AnonymityMode }) {
  const { t, language } = useSessionT();
  return (
    <section className="record-round" data-testid="record-round">
      <h4>{t(`decisions.roundKinds.${round.kind}`)}</h4>
      <p className="record-item-meta">
        {t("decisions.record.roundMeta", {
          date: formatDateTime(round.startedAt, language),
          count: round.asked,
        })}
      </p>
      {round.entries.length === 0 && <p className="muted">{t("decisions.record.noAnswers")}</p>}
      <PositionCounts entries={round.entries} />
      {round.tally && (
        <dl className="record-tally" aria-label={t("decisions.record.tally")}>
          {(["for", "against", "abstain"] as const).map((vote) => (
            <div key={vote}>
              <dt>{t(`decisions.pollVotes.${vote}`)}</dt>
              <dd>{round.tally?.[vote] ?? 0}</dd>
            </div>
          ))}
        </dl>
      )}
      {round.entries.length > 0 && (
        <ul
          className={
            round.kind === "consent" ? "position-tiles position-tiles-compact" : "record-answers"
          }
        >
          {round.entries.map((entry, index) => (
            // Answers have no ids in the record and never change: their place is their key.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above.
            <Answer key={index} entry={entry} anonymity={anonymity} />
          ))}
        </ul>
      )}
    </section>
  );
}

function Answer({ entry, anonymity }: { entry: RecordEntry; anonymity: AnonymityMode }) {
  const { t } = useSessionT();
  const who = authorLabel(entry.participant, anonymity, t);
  if (entry.position) {
    return (
      <PositionTile position={entry.position} reason={entry.reason} who={who}>
        {entry.position === "objection" && (
          <ObjectionFate test={entry.test} integratedIn={entry.integratedIn} />
        )}
      </PositionTile>
    );
  }
  return (
    <li className="record-answer">
      {who && <span className="record-answer-who">{who}</span>}{" "}
      {entry.vote ? (
        <strong>{t(`decisions.pollVotes.${entry.vote}`)}</strong>
      ) : entry.text ? (
        entry.text
      ) : (
        <span className="muted">{t("decisions.passed")}</span>
      )}
    </li>
  );
}
