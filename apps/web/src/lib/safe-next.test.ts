import { describe, expect, it } from "vitest";
import { loginPathFor, safeNextPath } from "./safe-next";

const origin = "https://samspel.example";

describe("safeNextPath", () => {
  it.each([
    ["/invite/abc123", "/invite/abc123"],
    ["/orgs/o1/members?tab=x#top", "/orgs/o1/members?tab=x#top"],
    ["/", "/"],
  ])("keeps the same-site path %s", (next, expected) => {
    expect(safeNextPath(next, origin)).toBe(expected);
  });

  it.each([
    null,
    undefined,
    "",
    "invite/abc",
    "//evil.example/x",
    "/\\evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
  ])("refuses %s", (next) => {
    expect(safeNextPath(next, origin)).toBeNull();
  });
});

describe("loginPathFor", () => {
  it("round-trips through the query string", () => {
    const path = "/invite/a b?x=1&y=2";
    const next = new URLSearchParams(loginPathFor(path).split("?")[1]).get("next");
    expect(next).toBe(path);
  });
});
