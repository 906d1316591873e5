/*
 * A small, neutral document: what the exports say, without how a format shows it. A decision or
 * a session report is built into one of these once, then rendered to Markdown or to PDF, so the
 * two files never disagree about what is in them.
 */

export type Block =
  | { kind: "heading"; level: 2 | 3; text: string }
  | { kind: "paragraph"; text: string; tone?: "muted" | "strong" }
  | { kind: "list"; items: string[] }
  /** Label and value pairs: status, dates, rule. */
  | { kind: "fields"; fields: Array<[label: string, value: string]> }
  | { kind: "table"; head: string[]; rows: string[][] };

export interface ExportDocument {
  /** BCP 47 language of the words the document adds around the record's own. */
  language: string;
  title: string;
  /** A line under the title: what kind of document and when. */
  subtitle: string;
  /** Printed at the foot of every PDF page, beside the page number. */
  footer: string;
  blocks: Block[];
}

export const heading = (text: string, level: 2 | 3 = 2): Block => ({
  kind: "heading",
  level,
  text,
});
export const paragraph = (text: string, tone?: "muted" | "strong"): Block =>
  tone ? { kind: "paragraph", text, tone } : { kind: "paragraph", text };

/** A list, or the sentence saying there is nothing to list. */
export const listOr = (items: string[], empty: string): Block =>
  items.length > 0 ? { kind: "list", items } : paragraph(empty, "muted");
