import { open } from "node:fs/promises";

export type LogFormat = "csv" | "xes";

/**
 * XES or CSV, from the file's first bytes: gzip (XES.gz is the only compressed log we read) or
 * a leading `<` (after an optional BOM and whitespace) means XES; anything else is read as CSV.
 */
export async function detectLogFormat(path: string): Promise<LogFormat> {
  const handle = await open(path, "r");
  try {
    const head = new Uint8Array(64);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    if (head[0] === 0x1f && head[1] === 0x8b) return "xes";
    const text = new TextDecoder().decode(head.subarray(0, bytesRead)).replace(/^\uFEFF/, "");
    return text.trimStart().startsWith("<") ? "xes" : "csv";
  } finally {
    await handle.close();
  }
}
