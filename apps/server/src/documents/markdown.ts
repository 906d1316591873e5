import type { Block, ExportDocument } from "./model.js";

/** Markdown's structural characters, escaped so that a participant's words stay words. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (char) => `\\${char}`).replace(/\r?\n/g, "  \n");
}

const e = escapeMarkdown;
// A newline inside a table cell would end the row.
const cell = (text: string) => e(text).replace(/ {2}\n/g, " ");

function block(item: Block): string {
  switch (item.kind) {
    case "heading":
      return `${"#".repeat(item.level)} ${e(item.text)}`;
    case "paragraph":
      return item.tone === "strong" ? `**${e(item.text)}**` : e(item.text);
    case "list":
      return item.items.map((line) => `- ${e(line).replace(/ {2}\n/g, "  \n  ")}`).join("\n");
    case "fields":
      return item.fields.map(([label, value]) => `- **${e(label)}:** ${e(value)}`).join("\n");
    case "table":
      return [
        `| ${item.head.map(cell).join(" | ")} |`,
        `| ${item.head.map(() => "---").join(" | ")} |`,
        ...item.rows.map((row) => `| ${row.map(cell).join(" | ")} |`),
      ].join("\n");
  }
}

export function renderMarkdown(doc: ExportDocument): string {
  return [`# ${e(doc.title)}`, e(doc.subtitle), ...doc.blocks.map(block), `---\n\n${e(doc.footer)}`]
    .join("\n\n")
    .concat("\n");
}
