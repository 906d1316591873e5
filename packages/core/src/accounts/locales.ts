/** The languages every user-visible string exists in. The first is the fallback. */
export const LOCALES = ["en", "nb", "sv", "nl"] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * Picks our locale for a BCP 47 tag. Norwegian arrives as `nb`, `no` or `nn` depending on the
 * browser; we write Bokmål, which Nynorsk readers read without trouble, so all three map to nb.
 */
export function matchLocale(tag: string | undefined | null): Locale | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === "no" || primary === "nn") return "nb";
  return isLocale(primary) ? primary : undefined;
}
