import type { Process } from "@samspel/core";
import { describe, expect, it } from "vitest";
import { processTree, selfAndDescendants } from "./tree";

const process = (id: string, parentId: string | null = null): Process => ({
  id,
  organisationId: "o",
  name: id,
  purpose: "",
  ownerUserId: null,
  ownerName: null,
  parentId,
  units: [],
  createdAt: "",
  updatedAt: "",
  eventLog: null,
  customerScores: null,
});

describe("process tree", () => {
  const register = [
    process("a"),
    process("b", "a"),
    process("c", "b"),
    process("d"),
    process("e", "gone"),
  ];

  it("nests sub-processes under their main process and keeps orphans at the top", () => {
    const tree = processTree(register);
    expect(tree.map((node) => node.process.id)).toEqual(["a", "d", "e"]);
    expect(tree[0]?.children[0]?.process.id).toBe("b");
    expect(tree[0]?.children[0]?.children[0]?.process.id).toBe("c");
  });

  it("names a process and all below it, which may not become its parent", () => {
    expect([...selfAndDescendants(register, "a")].sort()).toEqual(["a", "b", "c"]);
    expect([...selfAndDescendants(register, "d")]).toEqual(["d"]);
  });
});
