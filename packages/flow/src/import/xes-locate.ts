import { textChunks } from "./text-stream.js";

export interface TextPosition {
  line: number;
  column: number;
}

/**
 * Line and column (1-based) of character offsets in the decoded file. Only the error path pays
 * for it: the scan itself counts no lines.
 */
export async function locateOffsets(
  path: string,
  gzip: boolean,
  offsets: readonly number[],
): Promise<Map<number, TextPosition>> {
  const wanted = [...new Set(offsets)].sort((a, b) => a - b);
  const found = new Map<number, TextPosition>();
  let next = 0;
  let base = 0;
  let line = 1;
  let lineStart = 0;
  for await (const text of textChunks(path, gzip)) {
    const end = base + text.length;
    let from = 0;
    while (next < wanted.length && (wanted[next] as number) < end) {
      const target = (wanted[next] as number) - base;
      for (
        let i = text.indexOf("\n", from);
        i !== -1 && i < target;
        i = text.indexOf("\n", i + 1)
      ) {
        line += 1;
        lineStart = base + i + 1;
        from = i + 1;
      }
      found.set(wanted[next] as number, { line, column: (wanted[next] as number) - lineStart + 1 });
      next += 1;
    }
    if (next >= wanted.length) break;
    for (let i = text.indexOf("\n", from); i !== -1; i = text.indexOf("\n", i + 1)) {
      line += 1;
      lineStart = base + i + 1;
    }
    base = end;
  }
  return found;
}
