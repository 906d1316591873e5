import type { DecisionLifecycle, DecisionRecord } from "@samspel/core";
import { type Block, type ExportDocument, heading, listOr, paragraph } from "../documents/model.js";
import { type ExportLanguage, exportLanguage } from "../documents/texts/index.js";

/*
 * One decision as an export document, in the decision's language, for the Markdown and PDF
 * downloads alike. It says what the record says and nothing more: names only where the record
 * has them (the session's anonymity mode decided that when the record was written), and never
 * withdrawn or hidden contributions, which the record never held.
 */

type Round = DecisionRecord["rounds"][number];

export function decisionDocument(
  record: DecisionRecord,
  lifecycle: DecisionLifecycle,
): ExportDocument {
  const lang = exportLanguage(record.language);
  const { fill, plural } = lang;
  const t = lang.texts.decision;
  /** Who said something, or nothing where the record keeps it anonymous. */
  const who = (name: string | null) => name ?? (record.anonymity === "named" ? t.unnamed : null);
  const by = (text: string, name: string | null) => {
    const author = who(name);
    return author ? `${text} — ${author}` : text;
  };
  const decided = record.outcome === "decided";

  const blocks: Block[] = [
    heading(t.status),
    { kind: "fields", fields: statusFields(record, lifecycle, lang) },
    heading(t.question),
    paragraph(record.question),
    heading(decided ? t.decision : t.lastWording),
    paragraph(record.text, "strong"),
    heading(decided ? t.rationale : t.postponeReason),
    paragraph(record.rationale || record.postponeReason || "—"),
    ...(record.effect
      ? [
          heading(t.effect),
          paragraph(
            fill(t.effectLine, {
              metric: t.metrics[record.effect.metric],
              direction: t.directions[record.effect.direction],
              target: record.effect.target,
              date: lang.date(record.effect.targetDate),
            }),
          ),
        ]
      : []),
    heading(t.actions),
    record.actions.length === 0
      ? paragraph(t.noActions, "muted")
      : {
          kind: "table",
          head: [t.actionWhat, t.actionOwner, t.actionDue],
          rows: record.actions.map((a) => [
            a.what,
            a.owner,
            a.dueDate ? lang.date(a.dueDate) : t.noDueDate,
          ]),
        },
    heading(t.facts),
    listOr(
      record.facts.map((fact) =>
        [
          by(fact.text, fact.author),
          fact.source?.figure ? `${fact.source.figure}` : null,
          fact.source?.url ? fill(t.source, { source: fact.source.url }) : null,
          fact.disputed
            ? fact.disputed.note
              ? fill(t.disputedNote, { note: fact.disputed.note })
              : t.disputed
            : null,
          ...fact.questions.map((text) => fill(t.factQuestion, { text })),
        ]
          .filter((line) => line !== null)
          .join("\n"),
      ),
      t.noFacts,
    ),
    heading(t.reflections),
    listOr(
      record.reflections.map((r) => by(r.text, r.author)),
      t.noReflections,
    ),
    heading(t.themes),
    listOr(
      record.themes.map((theme) => `${theme.name} (${plural(t.dots, theme.votes)})`),
      t.noThemes,
    ),
    heading(t.insights),
    listOr(
      record.insights.map(
        (insight) =>
          `${insight.text} (${plural(t.dots, insight.votes)}${insight.agreedByAll ? `, ${t.agreedByAll}` : ""})`,
      ),
      t.noInsights,
    ),
    heading(t.proposal),
    ...[...record.versions]
      .sort((a, b) => a.version - b.version)
      .flatMap((version): Block[] => [
        heading(fill(t.version, { version: version.version }), 3),
        paragraph(version.text),
        paragraph(
          [
            version.by
              ? fill(t.versionMeta, { name: version.by, date: lang.dateTime(version.at) })
              : lang.dateTime(version.at),
            version.note ? fill(t.changeNote, { note: version.note }) : null,
          ]
            .filter((line) => line !== null)
            .join("\n"),
          "muted",
        ),
        ...record.rounds
          .filter((round) => round.version === version.version)
          .flatMap((round) => roundBlocks(round, lang, who)),
      ]),
    heading(t.objections),
    listOr(
      record.objections.map((o) =>
        [
          `${fill(t.objectionOn, { version: o.version })}: ${by(o.reason, o.participant)}`,
          o.test ? t.objectionOutcomes[o.test.outcome] : t.notTested,
          o.test?.rationale ? fill(t.testRationale, { rationale: o.test.rationale }) : null,
          o.integratedIn !== null ? fill(t.integratedIn, { version: o.integratedIn }) : null,
        ]
          .filter((line) => line !== null)
          .join("\n"),
      ),
      t.noObjections,
    ),
    heading(t.concerns),
    listOr(
      record.concerns.map(
        (c) =>
          `${by(c.reason, c.participant)} (${c.from === "concern" ? t.fromConcern : t.fromObjection})`,
      ),
      t.noConcerns,
    ),
    heading(t.people),
    { kind: "fields", fields: peopleFields(record, lang, who) },
    paragraph(fill(t.anonymityNote, { mode: t.anonymity[record.anonymity] }), "muted"),
  ];

  return {
    language: lang.locale,
    title: record.title,
    subtitle: fill(t.subtitle, {
      kind: t.eyebrow[record.outcome],
      date: lang.dateTime(record.at),
    }),
    footer: fill(t.footer, { id: record.decisionId }),
    blocks,
  };
}

function statusFields(
  record: DecisionRecord,
  lifecycle: DecisionLifecycle,
  { texts: { decision: t }, fill, date, dateTime }: ExportLanguage,
): Array<[string, string]> {
  const status = [
    t.statuses[lifecycle.status],
    lifecycle.changedAt && fill(t.since, { date: dateTime(lifecycle.changedAt) }),
    lifecycle.supersededBy && fill(t.supersededBy, { id: lifecycle.supersededBy }),
    lifecycle.supersedes && fill(t.supersedes, { id: lifecycle.supersedes }),
  ];
  const fields: Array<[string, string | null]> = [
    [t.status, status.filter(Boolean).join(" · ")],
    [t.reason, lifecycle.reason],
    [record.outcome === "decided" ? t.decidedAt : t.postponedAt, dateTime(record.at)],
    [t.sessionStarted, record.sessionStartedAt && dateTime(record.sessionStartedAt)],
    [
      t.rule,
      record.rule.kind === "threshold"
        ? fill(t.rules.threshold, { percent: record.rule.percent })
        : t.rules[record.rule.kind],
    ],
    [t.reviewDate, record.reviewDate ? date(record.reviewDate) : t.noReviewDate],
  ];
  return fields.filter((field): field is [string, string] => Boolean(field[1]));
}

function roundBlocks(
  round: Round,
  { texts: { decision: t }, fill, dateTime }: ExportLanguage,
  who: (name: string | null) => string | null,
): Block[] {
  const answer = (entry: Round["entries"][number]) => {
    const what = entry.position
      ? [
          [t.positions[entry.position], entry.reason].filter(Boolean).join(": "),
          entry.position === "objection"
            ? entry.test
              ? t.objectionOutcomes[entry.test.outcome]
              : t.notTested
            : null,
        ]
          .filter(Boolean)
          .join(" — ")
      : entry.vote
        ? t.pollVotes[entry.vote]
        : (entry.text ?? t.passed);
    const person = who(entry.participant);
    return person ? `${person}: ${what}` : what;
  };
  return [
    paragraph(
      `${t.roundKinds[round.kind]} · ${fill(t.roundMeta, { date: dateTime(round.startedAt), count: round.asked })}`,
      "strong",
    ),
    ...(round.tally
      ? [
          paragraph(
            `${t.tally}: ${(["for", "against", "abstain"] as const)
              .map((vote) => `${t.pollVotes[vote]} ${round.tally?.[vote] ?? 0}`)
              .join(", ")}`,
          ),
        ]
      : []),
    listOr(round.entries.map(answer), t.noAnswers),
  ];
}

function peopleFields(
  record: DecisionRecord,
  { texts: { decision: t }, fill }: ExportLanguage,
  who: (name: string | null) => string | null,
): Array<[string, string]> {
  const lead = record.facilitators.filter((f) => f.lead).map((f) => f.displayName);
  const co = record.facilitators.filter((f) => !f.lead).map((f) => f.displayName);
  const fields: Array<[string, string]> = [];
  if (lead.length > 0) fields.push([t.leadFacilitator, lead.join(", ")]);
  if (co.length > 0) fields.push([t.coFacilitators, co.join(", ")]);
  fields.push([
    fill(t.participants, { count: record.participants.length }),
    record.participants.map((p) => who(p.displayName) ?? t.anonymous).join(", ") || "—",
  ]);
  return fields;
}
