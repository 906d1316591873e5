import { evaluateSuggestions, readTexts, TextsFormatError } from "../grouping/labelled.js";
import { type InsightIo, isFileError, readCommandLine } from "./io.js";

export const SUGGEST_GROUPS_HELP = `Usage: samspel insight suggest-groups TEXTS.json [options]

Suggests groups of similar short texts (reflections, contributions) in one language, as the
console suggests them to a facilitator. TEXTS.json is { "language"?: "nb", "items": [{ "id",
"text", "theme"? }] } or an array of items. When every item has a human "theme", the pairwise
precision, recall and adjusted Rand index of the suggestions against the themes are printed.

Options:
  --lang LANG        en, nb, sv or nl (default: the file's "language")
  --threshold X      how alike (average cosine, 0–1) a group's texts must be
  --json             Print the result as JSON
  -h, --help         Show this help

Exit codes: 0 done, 2 bad arguments or a file that cannot be read.`;

interface Arguments {
  file?: string;
  language?: string;
  threshold?: number;
  json: boolean;
  help: boolean;
}

function parseArguments(argv: readonly string[]): Arguments | string {
  const line = readCommandLine(argv, { "--lang": "a language", "--threshold": "a number" });
  if (typeof line === "string") return line;
  const parsed: Arguments = { json: line.json, help: line.help };
  const language = line.values.get("--lang");
  if (language !== undefined) parsed.language = language;
  const threshold = line.values.get("--threshold");
  if (threshold !== undefined) {
    const value = Number(threshold);
    if (!(value >= 0 && value <= 1)) return "--threshold needs a number from 0 to 1";
    parsed.threshold = value;
  }
  if (parsed.help) return parsed;
  const [file, ...rest] = line.positionals;
  if (file === undefined || rest.length > 0) return "Give exactly one TEXTS.json";
  parsed.file = file;
  return parsed;
}

/** `samspel insight suggest-groups ...`: `argv` is what follows `suggest-groups`. */
export async function runSuggestGroupsCommand(
  argv: readonly string[],
  io: InsightIo,
): Promise<number> {
  const args = parseArguments(argv);
  if (typeof args === "string") {
    io.stderr(`${args}\n\n${SUGGEST_GROUPS_HELP}\n`);
    return 2;
  }
  if (args.help || args.file === undefined) {
    io.stdout(`${SUGGEST_GROUPS_HELP}\n`);
    return 0;
  }
  try {
    const labelled = readTexts(await io.readText(args.file), args.language);
    const options = args.threshold === undefined ? {} : { threshold: args.threshold };
    const { suggestions, agreement } = evaluateSuggestions(labelled, options);
    const result = {
      language: labelled.language,
      items: labelled.items.length,
      ...suggestions,
      agreement,
    };
    if (args.json) {
      io.stdout(`${JSON.stringify(result, null, 2)}\n`);
      return 0;
    }
    const textOf = new Map(labelled.items.map((item) => [item.id, item.text]));
    const lines = [`${result.items} texts, ${suggestions.groups.length} suggested groups`];
    if (agreement !== null) {
      lines.push(
        `Against the themes: pairwise precision ${agreement.precision.toFixed(3)}, recall ${agreement.recall.toFixed(3)}, F1 ${agreement.f1.toFixed(3)}, ARI ${agreement.ari.toFixed(3)}`,
      );
    }
    for (const group of suggestions.groups) {
      lines.push(`${group.name} (${group.itemIds.length})`);
      for (const id of group.itemIds) lines.push(`  ${textOf.get(id) ?? id}`);
    }
    lines.push(`Ungrouped (${suggestions.ungrouped.length})`);
    for (const id of suggestions.ungrouped) lines.push(`  ${textOf.get(id) ?? id}`);
    io.stdout(`${lines.join("\n")}\n`);
    return 0;
  } catch (error) {
    if (error instanceof TextsFormatError || isFileError(error)) {
      io.stderr(`${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}
