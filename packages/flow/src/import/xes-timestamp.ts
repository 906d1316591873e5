const COLON = 58;
const PLUS = 43;
const MINUS = 45;
const HAS_ZONE = /(Z|[+-]\d\d:?\d\d)$/;
const COMPACT_OFFSET = /([+-]\d\d)(\d\d)$/;

/**
 * An xs:dateTime as XES writes it, in epoch milliseconds, or NaN. Its own offset is honoured; a
 * value without one is read as UTC (not as this machine's local time, which `Date.parse` would do).
 */
export function parseXesDate(value: string): number {
  // The common form, "...+02:00" or "...Z", goes straight to Date.parse.
  const sign = value.charCodeAt(value.length - 6);
  const offset = (sign === PLUS || sign === MINUS) && value.charCodeAt(value.length - 3) === COLON;
  if (offset || value.endsWith("Z")) return Date.parse(value);
  const zoned = HAS_ZONE.test(value) ? value.replace(COMPACT_OFFSET, "$1:$2") : `${value}Z`;
  return Date.parse(zoned);
}
