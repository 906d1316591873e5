import { open } from "node:fs/promises";
import { basename } from "node:path";
import { fail, ok, type Result } from "../errors.js";

export interface FileSample {
  path: string;
  fileName: string;
  sizeBytes: number;
  bytes: Uint8Array;
  /** The file is longer than the sample. */
  truncated: boolean;
}

/** The first `size` bytes of a file, read without touching the rest (64 KiB by default). */
export async function readSample(path: string, size = 64 * 1024): Promise<Result<FileSample>> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, "r");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ENOENT"
      ? fail("file_not_found", `No such file: ${path}`)
      : fail("file_unreadable", `Cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    const { size: sizeBytes } = await handle.stat();
    const bytes = new Uint8Array(Math.min(size, sizeBytes));
    const { bytesRead } = await handle.read(bytes, 0, bytes.length, 0);
    if (bytesRead === 0) return fail("empty_file", `${basename(path)} is empty.`);
    return ok({
      path,
      fileName: basename(path),
      sizeBytes,
      bytes: bytes.subarray(0, bytesRead),
      truncated: sizeBytes > bytesRead,
    });
  } finally {
    await handle.close();
  }
}
