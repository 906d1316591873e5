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
