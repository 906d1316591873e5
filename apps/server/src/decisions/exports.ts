import type { DecisionLifecycle, DecisionRecord, RegisterEntry } from "@samspel/core";

/*
 * Exports of the register: one decision as Markdown, the register as CSV. Headings are English:
 * the files are read by people and tools outside Samspel, and the record's own words stay in the
 * language the session was held in.
 */

/** Markdown's structural characters, escaped so that a participant's words stay words. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (char) => `\\${char}`).replace(/\r?\n/g, "  \n");
}

const list = (items: readonly string[]) =>
  items.length === 0 ? "None." : items.map((item) => `- ${item}`).join("\n");

/** One decision with its whole trail, as a Markdown document. */
export function decisionMarkdown(record: DecisionRecord, lifecycle: DecisionLifecycle): string {
  const e = escapeMarkdown;
  const name = (who: string | null) => (who === null ? "anonymous" : e(who));
  const sections: [string, string][] = [
    [
      "Status",
      [
        `${lifecycle.status.replace("_", " ")}${lifecycle.reason ? `: ${e(lifecycle.reason)}` : ""}`,
        lifecycle.supersededBy ? `Superseded by decision ${lifecycle.supersededBy}.` : "",
        lifecycle.supersedes ? `Supersedes decision ${lifecycle.supersedes}.` : "",
        record.reviewDate ? `Review date: ${record.reviewDate}.` : "",
      ]
        .filter(Boolean)
        .join("\n\n"),
    ],
    ["Question", e(record.question)],
    [record.outcome === "decided" ? "Decision" : "Postponed proposal", e(record.text)],
    ["Rationale", e(record.rationale || record.postponeReason || "")],
    [
      "Facts",
      list(
        record.facts.map(
          (fact) => `${e(fact.text)} (${name(fact.author)})${fact.disputed ? " — disputed" : ""}`,
        ),
      ),
    ],
    ["Reflections", list(record.reflections.map((r) => `${e(r.text)} (${name(r.author)})`))],
    ["Insights", list(record.insights.map((insight) => `${e(insight.text)} (${insight.votes})`))],
    ["Versions", list(record.versions.map((v) => `v${v.version}, ${v.at}: ${e(v.text)}`))],
    [
      "Objections",
      list(
        record.objections.map(
          (o) =>
            `v${o.version}, ${name(o.participant)}: ${e(o.reason)}${o.test ? ` — tested: ${o.test.outcome}` : ""}`,
        ),
      ),
    ],
    ["Concerns", list(record.concerns.map((c) => `${name(c.participant)}: ${e(c.reason)}`))],
    [
      "Actions",
      list(
        record.actions.map(
          (a) => `${e(a.what)} — ${e(a.owner)}${a.dueDate ? `, due ${a.dueDate}` : ""}`,
        ),
      ),
    ],
    [
      "People",
      [
        `Facilitators: ${record.facilitators.map((f) => e(f.displayName)).join(", ") || "none"}.`,
        `Participants: ${record.participants.length}.`,
      ].join("\n\n"),
    ],
  ];
  return [
    `# ${e(record.title)}`,
    `${record.outcome === "decided" ? "Decided" : "Postponed"} ${record.at} (${record.language}), rule: ${record.rule.kind}.`,
    ...sections.map(([heading, body]) => `## ${heading}\n\n${body}`),
  ]
    .join("\n\n")
    .concat("\n");
}

export const REGISTER_CSV_COLUMNS = [
  "id",
  "title",
  "outcome",
  "status",
  "decided_at",
  "review_date",
  "language",
  "superseded_by",
  "supersedes",
  "text",
] as const;

/**
 * RFC 4180: every field quoted, quotes doubled, lines ended with CRLF. A field that starts with
 * =, +, - or @ gets a leading apostrophe, so that a spreadsheet shows a title like "=SUM(...)"
 * instead of running it (OWASP's advice on CSV injection).
 */
export function csvField(value: string | null): string {
  const text = value ?? "";
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

export function registerCsvLines(entries: readonly RegisterEntry[]): string {
  return entries
    .map((entry) =>
      [
        entry.id,
        entry.title,
        entry.outcome,
        entry.status,
        entry.decidedAt,
        entry.reviewDate,
        entry.language,
        entry.supersededBy,
        entry.supersedes,
        entry.text,
      ]
        .map(csvField)
        .join(","),
    )
    .map((line) => `${line}\r\n`)
    .join("");
}

export const REGISTER_CSV_HEADER = `${REGISTER_CSV_COLUMNS.map(csvField).join(",")}\r\n`;
