import { describe, expect, it } from "vitest";
import { readPdf } from "../test-support/pdf.js";
import { renderMarkdown } from "./markdown.js";
import type { ExportDocument } from "./model.js";
import { renderPdf } from "./pdf.js";

const many = (count: number) => Array.from({ length: count }, (_, i) => `Rad ${i + 1}`);

/** A document with every kind of block, letters the font lacks, and enough rows for pages. */
const document: ExportDocument = {
  language: "sv",
  title: "Snabbare bygglov i Ærø, Øresund och 漢字 😀",
  subtitle: "Beslut · 1 mars 2026",
  footer: "Samspel · beslut 42",
  blocks: [
    { kind: "heading", level: 2, text: "Fråga" },
    { kind: "paragraph", text: "Hur halverar vi ledtiden? *Inte* # en rubrik" },
    { kind: "fields", fields: [["Status", "Gäller"]] },
    { kind: "list", items: ["Första\nandra raden", "Tredje"] },
    { kind: "table", head: ["Vad", "Vem"], rows: many(120).map((row) => [row, "Åsa | Örjan"]) },
  ],
};

describe("an export document", () => {
  it("prints as a PDF over several pages, in any script, without failing on missing glyphs", async () => {
    const pdf = await readPdf(await renderPdf(document));
    expect(pdf.pages).toBeGreaterThan(2);
    expect(pdf.text[0]).toContain("Snabbare bygglov i Ærø, Øresund");
    expect(pdf.text.join("\n")).toContain("Rad 120");
    pdf.text.forEach((page, index) => {
      expect(page).toContain(`Sida ${index + 1} av ${pdf.pages}`);
      expect(page).toContain("Samspel · beslut 42");
    });
  });

  it("writes Markdown whose structure a participant's words cannot change", () => {
    const markdown = renderMarkdown(document);
    expect(markdown).toContain("Hur halverar vi ledtiden? \\*Inte\\* \\# en rubrik");
    expect(markdown).toContain("- Första  \n  andra raden");
    expect(markdown).toContain("| Rad 1 | Åsa \\| Örjan |");
    expect(markdown).toContain("- **Status:** Gäller");
  });
});
