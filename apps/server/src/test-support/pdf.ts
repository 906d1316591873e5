import { extractText, getDocumentProxy } from "unpdf";
import { expect } from "vitest";

/** A PDF's text as a reader's tools extract it: page by page, and how many pages. */
export async function readPdf(file: Buffer): Promise<{ pages: number; text: string[] }> {
  expect(file.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const pdf = await getDocumentProxy(new Uint8Array(file));
  const { totalPages, text } = await extractText(pdf, { mergePages: false });
  return { pages: totalPages, text };
}
