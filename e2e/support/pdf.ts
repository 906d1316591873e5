import { readFile } from "node:fs/promises";
import type { Download } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";
import { expect } from "vitest";

/** A PDF's text, its pages joined, after checking it is one. */
export async function pdfText(file: Buffer): Promise<string> {
  expect(file.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const pdf = await getDocumentProxy(new Uint8Array(file));
  return (await extractText(pdf, { mergePages: true })).text;
}

/** The text of a PDF the browser downloaded. */
export async function downloadedPdfText(download: Download): Promise<string> {
  return pdfText(await readFile((await download.path()) ?? ""));
}
