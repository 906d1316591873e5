import { adjustedRandIndex } from "../ari.js";
import { opinionMap } from "../opinion-map.js";
import {
  type PolisComment,
  PolisFormatError,
  readComments,
  readParticipantsVotes,
  readVotes,
} from "../polis-format.js";
import { replayState } from "../replay.js";
import { groupsJson } from "./groups-json.js";
import { type InsightIo, isFileError, readCommandLine } from "./io.js";
import { runSuggestGroupsCommand, SUGGEST_GROUPS_HELP } from "./suggest-groups-command.js";

export type { InsightIo } from "./io.js";

export const INSIGHT_HELP = `Usage: samspel insight groups PARTICIPANTS_VOTES.csv [options]

Reads a Polis-format participants-votes.csv and prints each participant's opinion group, the
representative statements of each group, the common-ground and the divisive statements.
When the file carries Polis's own group-id, the adjusted Rand index against it is printed too.

Options:
  --comments FILE   Polis comments.csv: statement texts, and moderated-out statements left out
  --votes FILE      Polis votes.csv: replay the votes in time order, so the groups are those the
                    live map shows after the last vote (as Polis's own group-id is), not a first
                    look at the finished matrix
  --json            Print the result as JSON
  -h, --help        Show this help

Exit codes: 0 done, 2 bad arguments or a file that cannot be read.

${SUGGEST_GROUPS_HELP}`;

interface Arguments {
  file?: string;
  comments?: string;
  votes?: string;
  json: boolean;
  help: boolean;
}

function parseArguments(argv: readonly string[]): Arguments | string {
  const line = readCommandLine(argv, { "--comments": "a file", "--votes": "a file" });
  if (typeof line === "string") return line;
  const parsed: Arguments = { json: line.json, help: line.help };
  const comments = line.values.get("--comments");
  if (comments !== undefined) parsed.comments = comments;
  const votes = line.values.get("--votes");
  if (votes !== undefined) parsed.votes = votes;
  const [command, file, ...rest] = line.positionals;
  if (parsed.help) return parsed;
  if (command !== "groups") return `Unknown insight command: ${command ?? "(none)"}`;
  if (file === undefined || rest.length > 0) return "Give exactly one participants-votes.csv";
  parsed.file = file;
  return parsed;
}

/** `samspel insight ...`: `argv` is what follows `insight`. Returns the exit code. */
export async function runInsightCommand(argv: readonly string[], io: InsightIo): Promise<number> {
  if (argv[0] === "suggest-groups") return runSuggestGroupsCommand(argv.slice(1), io);
  const args = parseArguments(argv);
  if (typeof args === "string") {
    io.stderr(`${args}\n\n${INSIGHT_HELP}\n`);
    return 2;
  }
  if (args.help || args.file === undefined) {
    io.stdout(`${INSIGHT_HELP}\n`);
    return 0;
  }
  try {
    const { matrix, polisGroups } = readParticipantsVotes(await io.readText(args.file));
    const comments: PolisComment[] = args.comments
      ? readComments(await io.readText(args.comments))
      : [];
    const out = new Set(comments.filter((c) => c.moderated === -1).map((c) => c.id));
    const moderatedOut = new Set(matrix.statements.flatMap((id, j) => (out.has(id) ? [j] : [])));
    const previous = args.votes
      ? replayState(matrix, readVotes(await io.readText(args.votes)), { moderatedOut })
      : undefined;
    const map = opinionMap(matrix, { moderatedOut, previous });
    const ours: number[] = [];
    const theirs: number[] = [];
    polisGroups.forEach((group, i) => {
      if (group === null) return;
      theirs.push(group);
      ours.push(map.groupOf[i] ?? -1);
    });
    const ariAgainstPolis = theirs.length > 0 ? adjustedRandIndex(ours, theirs) : null;
    const result = groupsJson(matrix, map, comments, ariAgainstPolis);
    io.stdout(args.json ? `${JSON.stringify(result, null, 2)}\n` : humanSummary(result));
    return 0;
  } catch (error) {
    if (error instanceof PolisFormatError || isFileError(error)) {
      io.stderr(`${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}

function humanSummary(result: ReturnType<typeof groupsJson>): string {
  const lines = [
    `${result.participants.length} participants, ${result.statements} statements, ${result.groups.length} opinion groups`,
  ];
  if (result.ariAgainstPolis !== null) {
    lines.push(`Adjusted Rand index against Polis's groups: ${result.ariAgainstPolis.toFixed(3)}`);
  }
  for (const group of result.groups) {
    lines.push(`Group ${group.id}: ${group.size} participants (${group.clustered} clustered)`);
    for (const s of group.representative) {
      lines.push(`  ${s.repfulFor} ${(s.probability * 100).toFixed(0)}%  ${s.text ?? s.statement}`);
    }
  }
  lines.push("Common ground:");
  for (const s of result.commonGround) lines.push(`  ${s.text ?? s.statement}`);
  lines.push("Divisive:");
  for (const s of result.divisive) lines.push(`  ${s.text ?? s.statement}`);
  return `${lines.join("\n")}\n`;
}
