/**
 * Timestamp format detection from sample values, answering with DuckDB `strptime` formats. Each
 * value's own UTC offset is part of its format (`%z`), so a log that mixes +01:00 and +02:00
 * (daylight saving, as receipt.csv does) is read instant by instant.
 */
export interface TimestampFormat {
  /** Every format seen in the sample, most frequent first; a value is tried against each. */
  formats: string[];
  /** A sample value, to show beside the format. */
  example: string;
  /** Day and month could not be told apart (no value above 12): day first was assumed. */
  ambiguousDayMonth: boolean;
}

const DATE_YMD = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})/;
const DATE_XXY = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})/;
const TIME = /^([T ])(\d{1,2}):(\d{2})(?::(\d{2})(?:([.,])(\d{1,9}))?)?/;
const ZONE = /^( ?)(?:(Z)|([+-]\d{2}(?::?\d{2})?))?$/;

type DateOrder = "ymd" | "dmy" | "mdy";

interface Shape {
  order: "ymd" | "xxy";
  first: number;
  second: number;
  /** The format with `{DATE}` standing for the date part until day/month order is known. */
  pattern: string;
}

function shapeOf(value: string): Shape | null {
  const ymd = DATE_YMD.exec(value);
  const xxy = ymd ? null : DATE_XXY.exec(value);
  const date = ymd ?? xxy;
  if (!date) return null;
  const separator = date[2] as string;
  let rest = value.slice(date[0].length);
  let pattern = `{DATE:${separator}}`;
  const time = TIME.exec(rest);
  if (time) {
    pattern += `${time[1]}%H:%M`;
    if (time[4] !== undefined) pattern += ":%S";
    if (time[6] !== undefined) pattern += `${time[5]}${time[6].length > 6 ? "%n" : "%f"}`;
    rest = rest.slice(time[0].length);
  }
  const zone = ZONE.exec(rest);
  if (!zone) return null;
  if (zone[2]) pattern += `${zone[1]}Z`;
  else if (zone[3]) pattern += `${zone[1]}%z`;
  return {
    order: ymd ? "ymd" : "xxy",
    first: Number(date[ymd ? 3 : 1]),
    second: Number(date[ymd ? 4 : 3]),
    pattern,
  };
}

function datePart(order: DateOrder, separator: string): string {
  if (order === "ymd") return ["%Y", "%m", "%d"].join(separator);
  if (order === "dmy") return ["%d", "%m", "%Y"].join(separator);
  return ["%m", "%d", "%Y"].join(separator);
}

/** Formats that read every non-empty value, or null when some value is not a timestamp. */
export function detectTimestampFormat(values: readonly string[]): TimestampFormat | null {
  const shapes: Shape[] = [];
  let example = "";
  for (const raw of values) {
    const value = raw.trim();
    if (value === "") continue;
    const shape = shapeOf(value);
    if (!shape) return null;
    shapes.push(shape);
    if (example === "") example = value;
  }
  if (shapes.length === 0) return null;
  const xxy = shapes.filter((shape) => shape.order === "xxy");
  const dayFirst = xxy.some((shape) => shape.first > 12);
  const monthFirst = !dayFirst && xxy.some((shape) => shape.second > 12);
  const xxyOrder: DateOrder = monthFirst ? "mdy" : "dmy";
  const counts = new Map<string, number>();
  for (const shape of shapes) {
    const format = shape.pattern.replace(/\{DATE:(.)\}/, (_, separator: string) =>
      datePart(shape.order === "ymd" ? "ymd" : xxyOrder, separator),
    );
    counts.set(format, (counts.get(format) ?? 0) + 1);
  }
  const formats = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([format]) => format);
  return { formats, example, ambiguousDayMonth: xxy.length > 0 && !dayFirst && !monthFirst };
}

/** SQL turning a VARCHAR into a UTC `TIMESTAMP`, or NULL when no format reads it. */
export function timestampSql(column: string, formats: readonly string[]): string {
  const tries = formats.map((format) => {
    const literal = `'${format.replaceAll("'", "''")}'`;
    // `%z` gives TIMESTAMPTZ; the session's TimeZone is UTC, so the cast keeps the UTC instant.
    // A format without offset (or with a literal Z) is read as UTC wall time.
    return `try_strptime(${column}, ${literal})::TIMESTAMP`;
  });
  return tries.length === 1 ? (tries[0] as string) : `coalesce(${tries.join(", ")})`;
}
