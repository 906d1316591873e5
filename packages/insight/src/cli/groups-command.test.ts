import { describe, expect, it } from "vitest";
import { runInsightCommand } from "./groups-command.js";

const FILES: Record<string, string> = {
  "votes.csv": [
    "participant,group-id,n-comments,n-votes,n-agree,n-disagree,0,1,2",
    ...Array.from({ length: 20 }, (_, i) =>
      i < 10 ? `${i},0,0,3,3,0,1,1,1` : `${i},1,0,3,1,1,-1,1,0`,
    ),
  ].join("\n"),
  "history.csv": [
    "timestamp,datetime,comment-id,voter-id,vote",
    ...Array.from({ length: 20 }, (_, i) =>
      [0, 1, 2].map((j) => `${i * 3 + j},x,${j},${i},${i < 10 ? 1 : [-1, 1, 0][j]}`),
    ).flat(),
  ].join("\n"),
  "bad-history.csv": "timestamp,datetime,comment-id,voter-id,vote\n1,x,0,0,agree",
  "comments.csv": [
    "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body",
    '1,x,0,1,10,10,1,"Split, by camp"',
    "1,x,1,1,20,0,1,Everyone agrees",
    "1,x,2,1,10,0,1,One camp agrees",
  ].join("\n"),
};

async function run(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runInsightCommand(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readText: async (path) => {
      const text = FILES[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return text;
    },
  });
  return { code, stdout, stderr };
}

describe("samspel insight groups", () => {
  it("prints groups, common ground and the agreement with Polis as JSON", async () => {
    const { code, stdout } = await run([
      "groups",
      "votes.csv",
      "--comments",
      "comments.csv",
      "--json",
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.ariAgainstPolis).toBe(1);
    expect(result.participants).toHaveLength(20);
    expect(result.commonGround.map((c: { text: string }) => c.text)).toEqual(["Everyone agrees"]);
    expect(result.divisive.map((d: { text: string }) => d.text)).toEqual(["Split, by camp"]);
  });

  it("replays votes.csv in time order when given, and still agrees with Polis", async () => {
    const { code, stdout } = await run(["groups", "votes.csv", "--votes", "history.csv", "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).ariAgainstPolis).toBe(1);
  });

  it("exits 2 on a vote that is not 1, -1 or 0, and on --votes without a file", async () => {
    const bad = await run(["groups", "votes.csv", "--votes", "bad-history.csv"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('vote "agree"');
    expect((await run(["groups", "votes.csv", "--votes"])).code).toBe(2);
  });

  it("exits 2 on a missing file or a bad argument", async () => {
    expect((await run(["groups", "missing.csv"])).code).toBe(2);
    expect((await run(["groups"])).code).toBe(2);
    expect((await run(["groups", "votes.csv", "--nope"])).code).toBe(2);
  });
});

describe("samspel insight suggest-groups", () => {
  const texts = JSON.stringify({
    language: "en",
    items: [
      { id: "1", text: "The meetings run too long", theme: "meetings" },
      { id: "2", text: "Long meetings without an agenda", theme: "meetings" },
      { id: "3", text: "Bicycle parking is full", theme: "parking" },
      { id: "4", text: "More bicycle parking please", theme: "parking" },
    ],
  });
  const io = (files: Record<string, string>) => {
    const out = { stdout: "", stderr: "" };
    return {
      out,
      io: {
        stdout: (t: string) => {
          out.stdout += t;
        },
        stderr: (t: string) => {
          out.stderr += t;
        },
        readText: async (path: string) => {
          const text = files[path];
          if (text === undefined)
            throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
          return text;
        },
      },
    };
  };

  it("prints the suggestions and their agreement with the themes as JSON", async () => {
    const { out, io: world } = io({ "t.json": texts });
    expect(await runInsightCommand(["suggest-groups", "t.json", "--json"], world)).toBe(0);
    const result = JSON.parse(out.stdout);
    expect(result.groups).toHaveLength(2);
    expect(result.agreement).toMatchObject({ precision: 1, recall: 1, ari: 1 });
  });

  it("refuses a missing file, a bad language and bad options with exit code 2", async () => {
    const { out, io: world } = io({ "t.json": texts });
    expect(await runInsightCommand(["suggest-groups", "none.json"], world)).toBe(2);
    expect(await runInsightCommand(["suggest-groups", "t.json", "--lang", "de"], world)).toBe(2);
    expect(await runInsightCommand(["suggest-groups", "t.json", "--threshold", "x"], world)).toBe(
      2,
    );
    expect(out.stderr).toMatch(/ENOENT/);
  });
});
