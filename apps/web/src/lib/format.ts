/** A calendar date in the reader's language, e.g. "23 Nov 2026" or "23. nov. 2026". */
export function formatDate(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(date);
}

/** An instant with its time of day, e.g. "24 Nov 2026, 10:15", in the reader's time zone. */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(date);
}

/**
 * A calendar day (`YYYY-MM-DD`: a due date, a review date). Read as UTC and shown as UTC, so
 * the day never shifts: `new Date("2026-12-15")` is UTC midnight, the 14th west of Greenwich.
 */
export function formatDay(day: string, locale: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(date);
}

/** A duration as a clock shows it: 75 -> "1:15". */
export function formatClock(totalSeconds: number): string {
  const seconds = Math.round(totalSeconds);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}
