import { describe, expect, it } from "vitest";
import { sniffContentType } from "./sniff.js";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("sniffContentType", () => {
  it("knows a PDF and a PNG by their first bytes, whatever the name", () => {
    expect(sniffContentType(bytes("%PDF-1.7\n"), "notes.txt")).toBe("application/pdf");
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
    expect(sniffContentType(png, "chart")).toBe("image/png");
  });

  it("takes UTF-8 text only under a text name", () => {
    expect(sniffContentType(bytes("Ventetid: 14 dager"), "fakta.txt")).toBe(
      "text/plain; charset=utf-8",
    );
    expect(sniffContentType(bytes("<script>alert(1)</script>"), "page.html")).toBeNull();
  });

  it("refuses binaries and a zip that names no office format", () => {
    expect(sniffContentType(Uint8Array.from([0x4d, 0x5a, 0x90, 0]), "setup.exe")).toBeNull();
    expect(sniffContentType(Uint8Array.from([0x50, 0x4b, 0x03, 0x04]), "a.zip")).toBeNull();
    expect(sniffContentType(Uint8Array.from([0x50, 0x4b, 0x03, 0x04]), "plan.docx")).toMatch(
      /wordprocessingml/,
    );
  });
});
