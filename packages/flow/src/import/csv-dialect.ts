import { splitRecords } from "./csv-records.js";
import { detectTimestampFormat } from "./timestamp-format.js";

const DELIMITERS = [",", ";", "\t", "|"] as const;
const SNIFF_RECORDS = 200;

/**
 * The delimiter that splits the sample into the most consistent number of fields (more than
 * one). Consistency first, then more fields: a `;` file with commas inside values still splits
 * into a steady count on `;` and a ragged one on `,`.
 */
export function detectDelimiter(text: string, quote: string): string {
  let best: { delimiter: string; consistency: number; fields: number } = {
    delimiter: ",",
    consistency: 0,
    fields: 0,
  };
  for (const delimiter of DELIMITERS) {
    const { records } = splitRecords(text, delimiter, quote, SNIFF_RECORDS);
    if (records.length === 0) continue;
    const tally = new Map<number, number>();
    for (const record of records) tally.set(record.length, (tally.get(record.length) ?? 0) + 1);
    const [fields, count] = [...tally.entries()].sort((a, b) => b[1] - a[1])[0] as [number, number];
    if (fields < 2) continue;
    const consistency = count / records.length;
    if (
      consistency > best.consistency ||
      (consistency === best.consistency && fields > best.fields)
    ) {
      best = { delimiter, consistency, fields };
    }
  }
  return best.delimiter;
}

const NUMBER = /^[-+]?\d+([.,]\d+)?$/;

/** A first row with no value that reads as a timestamp or a number is taken as a header. */
export function detectHeader(first: readonly string[]): boolean {
  return first.every((value) => {
    const trimmed = value.trim();
    return !NUMBER.test(trimmed) && detectTimestampFormat([trimmed]) === null;
  });
}

/** Header names made unique and non-empty, since they become attribute column names. */
export function columnNames(header: readonly string[] | null, width: number): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < width; index += 1) {
    const base = header?.[index]?.trim() || `column${index + 1}`;
    let name = base;
    for (let k = 2; seen.has(name); k += 1) name = `${base}_${k}`;
    seen.add(name);
    names.push(name);
  }
  return names;
}
