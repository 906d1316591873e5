/**
 * RFC 4180 record splitting for a sample held in memory (the first 64 KiB): quoted fields may
 * hold delimiters, doubled quotes and line breaks. The import itself is DuckDB's `read_csv`; this
 * only has to agree with it on the sample, for the plan and the preview.
 */
export interface SplitResult {
  records: string[][];
  /** Characters of `text` covered by the complete records returned. */
  consumed: number;
}

export function splitRecords(
  text: string,
  delimiter: string,
  quote: string,
  maxRecords = Number.POSITIVE_INFINITY,
): SplitResult {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = "";
  let inQuotes = false;
  let consumed = 0;
  let i = 0;
  while (i < text.length && records.length < maxRecords) {
    const ch = text[i] as string;
    if (inQuotes) {
      if (ch === quote) {
        if (text[i + 1] === quote) {
          field += quote;
          i += 2;
          continue;
        }
        inQuotes = false;
      } else {
        field += ch;
      }
      i += 1;
      continue;
    }
    if (ch === quote && field === "") {
      inQuotes = true;
    } else if (ch === delimiter) {
      fields.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      fields.push(field);
      if (!(fields.length === 1 && fields[0] === "")) records.push(fields);
      fields = [];
      field = "";
      if (ch === "\r" && text[i + 1] === "\n") i += 1;
      consumed = i + 1;
    } else {
      field += ch;
    }
    i += 1;
  }
  return { records, consumed };
}
