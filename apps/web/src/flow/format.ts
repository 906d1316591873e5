/** Numbers as the reader writes them: "1 434" in nb and sv, "1,434" in en, "1.434" in nl. */
export function formatNumber(value: number, locale: string, digits = 0): string {
  return new Intl.NumberFormat(locale, {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(value);
}

/**
 * A duration in days with the precision that a reader can use: hours matter under a day (0.033
 * days is 48 minutes), a tenth of a day under a hundred, whole days above.
 */
export function formatDays(days: number | null | undefined, locale: string): string {
  if (days === null || days === undefined || !Number.isFinite(days)) return "–";
  const size = Math.abs(days);
  const digits = size < 1 ? 3 : size < 10 ? 2 : size < 100 ? 1 : 0;
  return formatNumber(days, locale, digits);
}

export function formatShare(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(
    share,
  );
}

/**
 * A duration for reading rather than comparing: minutes under an hour, hours under a day, days
 * beyond ("0.000 days" says nothing; "4 min" does). Units come from Intl, in the reader's language.
 */
export function formatDuration(days: number | null | undefined, locale: string): string {
  if (days === null || days === undefined || !Number.isFinite(days)) return "–";
  const minutes = days * 1440;
  const unit = (value: number, name: "minute" | "hour" | "day", digits: number) =>
    new Intl.NumberFormat(locale, {
      style: "unit",
      unit: name,
      unitDisplay: "short",
      maximumFractionDigits: digits,
    }).format(value);
  if (minutes < 1) return `< ${unit(1, "minute", 0)}`;
  if (minutes < 60) return unit(Math.round(minutes), "minute", 0);
  if (days < 1) return unit(minutes / 60, "hour", 1);
  return unit(days, "day", days < 10 ? 1 : 0);
}
