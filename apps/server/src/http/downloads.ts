import { create as contentDisposition } from "content-disposition";
import type { FastifyReply } from "fastify";
import { z } from "zod";

/** Letters that Unicode does not decompose, spelt as their languages do without them. */
const LETTERS: Record<string, string> = {
  Æ: "Ae",
  æ: "ae",
  Ø: "O",
  ø: "o",
  ß: "ss",
  Œ: "Oe",
  œ: "oe",
  Ł: "L",
  ł: "l",
  Đ: "D",
  đ: "d",
  Ð: "D",
  ð: "d",
  Þ: "Th",
  þ: "th",
};

/**
 * A Content-Disposition for a download named after what it holds: `Kortere byggesaker
 * (id).pdf`. Characters a file system or a header would choke on go; the Unicode name travels
 * as RFC 8187's filename*, and an ASCII spelling (diacritics dropped) for older clients.
 */
export function attachment(title: string, id: string, extension: string): string {
  const cleaned = title
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}/\\:*?"<>|]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 80)
    .trim();
  const name = `${cleaned || "samspel"} (${id}).${extension}`;
  const ascii = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[ÆæØøßŒœŁłĐđÐðÞþ]/g, (char) => LETTERS[char] ?? "_")
    .replace(/[^\x20-\x7e]/g, "_");
  return contentDisposition(name, { fallback: ascii });
}

/** A PDF file in a response: its bytes, as they are. */
export const pdfFile = z
  .instanceof(Buffer)
  .meta({ description: "A PDF file (application/pdf)", type: "string", format: "binary" });

export function sendPdf(reply: FastifyReply, title: string, id: string, pdf: Buffer) {
  return reply
    .type("application/pdf")
    .header("content-disposition", attachment(title, id, "pdf"))
    .send(pdf);
}
