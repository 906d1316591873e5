import type { DecisionLifecycle, DecisionRecord, RegisterEntry } from "@samspel/core";

import { renderMarkdown } from "../documents/markdown.js";
import { renderPdf } from "../documents/pdf.js";
import { decisionDocument } from "./decision-document.js";

/*
 * Exports of the register: one decision as Markdown (the PDF is drawn from the same document,
 * see decision-document.ts), the register as CSV. CSV column names stay English: tools read them.
 */

/** One decision with its whole trail, as a Markdown document in the decision's language. */
export function decisionMarkdown(record: DecisionRecord, lifecycle: DecisionLifecycle): string {
  return renderMarkdown(decisionDocument(record, lifecycle));
}

/** The same document as a PDF file: A4, paged, the decision's id in every footer. */
export function decisionPdf(record: DecisionRecord, lifecycle: DecisionLifecycle): Promise<Buffer> {
  return renderPdf(decisionDocument(record, lifecycle));
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
