/**
 * What a file really is, judged from its first bytes, never from the type the browser claims:
 * a material is served back to invitees, so only documents, images and plain text are taken.
 */
const OFFICE_TYPES: Record<string, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  odp: "application/vnd.oasis.opendocument.presentation",
};

const TEXT_TYPES: Record<string, string> = {
  txt: "text/plain; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

/** How many leading bytes sniffing looks at. */
export const SNIFF_BYTES = 4096;

const startsWith = (head: Uint8Array, bytes: readonly number[], at = 0) =>
  bytes.every((byte, index) => head[at + index] === byte);

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

export function sniffContentType(head: Uint8Array, fileName: string): string | null {
  const extension = fileName.toLowerCase().split(".").pop() ?? "";
  if (startsWith(head, ascii("%PDF-"))) return "application/pdf";
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(head, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(head, ascii("GIF87a")) || startsWith(head, ascii("GIF89a"))) return "image/gif";
  if (startsWith(head, ascii("RIFF")) && startsWith(head, ascii("WEBP"), 8)) return "image/webp";
  // Office files are zip archives; the name says which kind, the bytes that it is a zip at all.
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return OFFICE_TYPES[extension] ?? null;
  const text = TEXT_TYPES[extension];
  if (text && looksLikeUtf8Text(head)) return text;
  return null;
}

function looksLikeUtf8Text(head: Uint8Array): boolean {
  if (head.length === 0 || head.includes(0)) return false;
  try {
    // A multi-byte character cut at the sniffing boundary is not a fault of the file.
    const end = head.length === SNIFF_BYTES ? head.length - 3 : head.length;
    new TextDecoder("utf-8", { fatal: true }).decode(head.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}
