/**
 * Date ticks in the reader's language (Plot's own are English), in Plot's manner: months as
 * their short name with the year under January ("nov", "des", "jan\n2011"), other days as day
 * and month ("4. mar").
 */
export function dateTicks(locale: string): (date: Date) => string {
  const month = new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" });
  const day = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", timeZone: "UTC" });
  return (date: Date) => {
    if (date.getUTCDate() !== 1) return day.format(date);
    const name = month.format(date);
    return date.getUTCMonth() === 0 ? `${name}\n${date.getUTCFullYear()}` : name;
  };
}
