/** Chart colours from the design tokens (tokens.css), kept in one place for every chart. */
export const COLOURS = {
  accent: "#0d5c63",
  accentSoft: "#b7d6d3",
  muted: "#55636a",
  danger: "#b42318",
  p50: "#0d5c63",
  p85: "#b26b00",
  p95: "#b42318",
} as const;

export const PERCENTILE_COLOURS = { p50: COLOURS.p50, p85: COLOURS.p85, p95: COLOURS.p95 };
