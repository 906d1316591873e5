import { fail, ok, type Result } from "../errors.js";

/** The encodings DuckDB's CSV reader decodes itself, so the import never re-encodes the file. */
export type CsvEncoding = "utf-8" | "utf-8-bom" | "latin-1";

export interface DecodedSample {
  encoding: CsvEncoding;
  text: string;
}

const LINE_FEED = 0x0a;

/**
 * A UTF-8 BOM says UTF-8; otherwise the sample must decode as strict UTF-8, or it is taken as
 * Latin-1 (the usual export encoding of older Nordic and Dutch systems). A truncated sample is cut
 * at its last line feed first, so a character split by the 64 KiB boundary is no false alarm
 * (0x0A never occurs inside a UTF-8 multi-byte sequence).
 */
export function decodeSample(sample: Uint8Array, truncated: boolean): Result<DecodedSample> {
  if (sample[0] === 0xff && sample[1] === 0xfe) return utf16();
  if (sample[0] === 0xfe && sample[1] === 0xff) return utf16();
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) {
    return ok({ encoding: "utf-8-bom", text: new TextDecoder("utf-8").decode(sample) });
  }
  const end = truncated ? sample.lastIndexOf(LINE_FEED) + 1 : sample.length;
  const whole = end > 0 ? sample.subarray(0, end) : sample;
  try {
    return ok({ encoding: "utf-8", text: new TextDecoder("utf-8", { fatal: true }).decode(whole) });
  } catch {
    return ok({ encoding: "latin-1", text: new TextDecoder("latin1").decode(whole) });
  }
}

function utf16(): Result<DecodedSample> {
  return fail("encoding_unsupported", "UTF-16 files are not supported: save the file as UTF-8.", {
    expected: "UTF-8, UTF-8 with BOM or Latin-1",
    found: "UTF-16",
  });
}

/** The name DuckDB's `read_csv(encoding=...)` knows; it skips a UTF-8 BOM by itself. */
export function duckdbEncoding(encoding: CsvEncoding): string {
  return encoding === "latin-1" ? "latin-1" : "utf-8";
}
