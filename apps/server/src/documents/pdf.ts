import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import type { Block, ExportDocument } from "./model.js";
import { exportLanguage } from "./texts/index.js";

/*
 * The PDF rendering of an export document, server-side with pdfkit. The font is DejaVu Sans
 * from the dejavu-fonts-ttf package, embedded (subset) in every file: it covers the Latin,
 * Greek, Cyrillic, Armenian, Georgian and Hebrew scripts, so Norwegian, Swedish and Dutch names
 * and most others print as written. A character the font lacks prints as an empty box; fontkit
 * maps it to the font's "missing" glyph rather than failing, so a name never breaks a download.
 */

const require = createRequire(import.meta.url);
const fontFile = (name: string) => require.resolve(`dejavu-fonts-ttf/ttf/${name}`);

// Read once: the files are immutable and every download needs them.
let fonts: { regular: Buffer; bold: Buffer } | undefined;
function loadFonts() {
  fonts ??= {
    regular: readFileSync(fontFile("DejaVuSans.ttf")),
    bold: readFileSync(fontFile("DejaVuSans-Bold.ttf")),
  };
  return fonts;
}

const MARGIN = 56;
const FOOTER_SPACE = 36;
const INK = "#1f2328";
const MUTED = "#59636e";
const RULE = "#d1d9e0";
const SIZE = { title: 20, h2: 14, h3: 11.5, body: 10.5, small: 8.5 };

type Pdf = PDFKit.PDFDocument;

/** Renders the document to a PDF file, A4, with page numbers and the footer on every page. */
export function renderPdf(doc: ExportDocument): Promise<Buffer> {
  const { fill, texts } = exportLanguage(doc.language);
  const { regular, bold } = loadFonts();
  const pdf = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER_SPACE },
    bufferPages: true,
    lang: doc.language,
    displayTitle: true,
    info: { Title: doc.title, Subject: doc.subtitle, Creator: "Samspel" },
  });
  pdf.registerFont("regular", regular);
  pdf.registerFont("bold", bold);
  const chunks: Buffer[] = [];
  pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });

  pdf.font("bold").fontSize(SIZE.title).fillColor(INK).text(doc.title);
  pdf.moveDown(0.2).font("regular").fontSize(SIZE.body).fillColor(MUTED).text(doc.subtitle);
  rule(pdf);
  for (const block of doc.blocks) renderBlock(pdf, block);
  footers(pdf, doc.footer, (page, pages) => fill(texts.page, { page, pages }));
  pdf.end();
  return done;
}

const width = (pdf: Pdf) => pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
const left = (pdf: Pdf) => pdf.page.margins.left;
const bottom = (pdf: Pdf) => pdf.page.height - pdf.page.margins.bottom;

/** Starts a new page unless `height` points still fit on this one. */
function keep(pdf: Pdf, height: number) {
  if (pdf.y + height > bottom(pdf)) pdf.addPage();
}

function rule(pdf: Pdf) {
  pdf.moveDown(0.6);
  const y = pdf.y;
  pdf
    .moveTo(left(pdf), y)
    .lineTo(left(pdf) + width(pdf), y)
    .lineWidth(0.75)
    .strokeColor(RULE)
    .stroke();
  pdf.y = y + 6;
}

function body(pdf: Pdf, tone?: "muted" | "strong") {
  return pdf
    .font(tone === "strong" ? "bold" : "regular")
    .fontSize(SIZE.body)
    .fillColor(tone === "muted" ? MUTED : INK);
}

function renderBlock(pdf: Pdf, block: Block) {
  pdf.x = left(pdf);
  switch (block.kind) {
    case "heading": {
      const size = block.level === 2 ? SIZE.h2 : SIZE.h3;
      // A heading never ends a page: keep it with a few lines of what it heads.
      keep(pdf, block.level === 2 ? 140 : 80);
      pdf.moveDown(block.level === 2 ? 1 : 0.6);
      pdf
        .font("bold")
        .fontSize(size)
        .fillColor(INK)
        .text(block.text, { width: width(pdf) });
      pdf.moveDown(0.3);
      return;
    }
    case "paragraph":
      body(pdf, block.tone).text(block.text, { width: width(pdf), paragraphGap: 4 });
      return;
    case "list":
      for (const item of block.items) bullet(pdf, item);
      pdf.moveDown(0.3);
      return;
    case "fields":
      for (const [label, value] of block.fields) {
        body(pdf, "strong").text(`${label}: `, { continued: true, width: width(pdf) });
        body(pdf).text(value, { paragraphGap: 3 });
      }
      return;
    case "table":
      table(pdf, block.head, block.rows);
      return;
  }
}

function bullet(pdf: Pdf, text: string) {
  const indent = 14;
  body(pdf);
  const textWidth = width(pdf) - indent;
  keep(pdf, Math.min(pdf.heightOfString(text, { width: textWidth }), SIZE.body * 3));
  const y = pdf.y;
  pdf.text("•", left(pdf), y);
  pdf.text(text, left(pdf) + indent, y, { width: textWidth, paragraphGap: 3 });
  pdf.x = left(pdf);
}

/** A table whose columns share the width by how much text each holds, within limits. */
function table(pdf: Pdf, head: string[], rows: string[][]) {
  const total = width(pdf);
  const padding = 4;
  const weight = head.map((label, column) =>
    Math.min(60, Math.max(8, label.length, ...rows.map((row) => (row[column] ?? "").length))),
  );
  const sum = weight.reduce((a, b) => a + b, 0);
  const widths = weight.map((w) => (total * w) / sum);
  const drawRow = (cells: string[], strong: boolean) => {
    body(pdf, strong ? "strong" : undefined);
    const height =
      Math.max(
        ...cells.map((text, i) =>
          pdf.heightOfString(text, { width: (widths[i] ?? 0) - padding * 2 }),
        ),
      ) +
      padding * 2;
    keep(pdf, height);
    const y = pdf.y;
    let x = left(pdf);
    cells.forEach((text, i) => {
      pdf.text(text, x + padding, y + padding, { width: (widths[i] ?? 0) - padding * 2 });
      x += widths[i] ?? 0;
    });
    pdf
      .moveTo(left(pdf), y + height)
      .lineTo(left(pdf) + total, y + height)
      .lineWidth(strong ? 0.75 : 0.4)
      .strokeColor(RULE)
      .stroke();
    pdf.x = left(pdf);
    pdf.y = y + height;
  };
  drawRow(head, true);
  for (const row of rows) drawRow(row, false);
  pdf.moveDown(0.6);
}

/** The footer and "page n of m" on every page, written once the page count is known. */
function footers(pdf: Pdf, footer: string, page: (page: number, pages: number) => string) {
  const { start, count } = pdf.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    pdf.switchToPage(i);
    // Writing below the bottom margin would start a new page: lift the margin for the footer.
    const margin = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    const y = pdf.page.height - MARGIN - SIZE.small;
    pdf.font("regular").fontSize(SIZE.small).fillColor(MUTED);
    pdf.text(footer, left(pdf), y, { width: width(pdf) * 0.7, lineBreak: false });
    pdf.text(page(i - start + 1, count), left(pdf), y, { width: width(pdf), align: "right" });
    pdf.page.margins.bottom = margin;
  }
}
