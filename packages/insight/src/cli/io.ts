/** The command's only contact with the world, so the package itself stays free of I/O. */
export interface InsightIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readText(path: string): Promise<string>;
}

/** A file that could not be read (ENOENT, EACCES…): a user's mistake, told as such. */
export function isFileError(error: unknown): boolean {
  return error instanceof Error && "code" in error && typeof error.code === "string";
}

/** A command line read the way every insight command reads it. */
export interface CommandLine {
  json: boolean;
  help: boolean;
  /** Values of the options that take one, by option name ("--votes"). */
  values: Map<string, string>;
  positionals: string[];
}

/**
 * `--json`, `-h`/`--help`, and the options in `takesValue` (each with what its value is, for
 * the message when it is missing). Returns the message of the first mistake instead.
 */
export function readCommandLine(
  argv: readonly string[],
  takesValue: Readonly<Record<string, string>>,
): CommandLine | string {
  const line: CommandLine = { json: false, help: false, values: new Map(), positionals: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--json") line.json = true;
    else if (arg === "-h" || arg === "--help") line.help = true;
    else if (arg in takesValue) {
      const value = argv[++i];
      if (value === undefined) return `${arg} needs ${takesValue[arg]}`;
      line.values.set(arg, value);
    } else if (arg.startsWith("-")) return `Unknown option: ${arg}`;
    else line.positionals.push(arg);
  }
  return line;
}
