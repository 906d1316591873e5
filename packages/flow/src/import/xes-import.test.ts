import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openFlowLog } from "../analysis/flow-log.js";
import { dfg } from "../facts/dfg.js";
import { leadTime } from "../facts/lead-time.js";
import { summary } from "../facts/summary.js";
import {
  fileWith,
  gzip,
  importXesFile,
  scratch,
  unwrap,
  xesDocument,
} from "../test-support/fixtures.js";

describe("importXes", () => {
  let dir: { dir: string; remove(): Promise<void> };
  beforeAll(async () => {
    dir = await scratch();
  });
  afterAll(() => dir.remove());

  const lifecycleLog = xesDocument({
    "case 1": [
      { activity: "A", time: "2024-03-01T08:00:00+01:00", lifecycle: "schedule" },
      { activity: "A", time: "2024-03-01T09:00:00+01:00", lifecycle: "start" },
      { activity: "A", time: "2024-03-01T10:00:00+01:00", lifecycle: "complete" },
      { activity: "B", time: "2024-03-01T12:00:00+01:00", lifecycle: "start" },
      { activity: "B", time: "2024-03-01T15:00:00+01:00", lifecycle: "complete" },
      { activity: "C", time: "2024-03-01T16:00:00+01:00", lifecycle: "complete" },
    ],
  });

  it("pairs start and complete transitions into service and waiting time", async () => {
    const log = unwrap(
      await importXesFile(dir.dir, await fileWith(dir.dir, "cycle.xes", lifecycleLog)),
    );
    expect(log.report.lifecycle).toEqual({
      mode: "start-complete",
      transitions: {
        starts: 2,
        completes: 3,
        paired: 2,
        unmatchedStarts: 0,
        ignored: { schedule: 1 },
      },
    });
    const opened = unwrap(await openFlowLog(log.path));
    const graph = await dfg(opened);
    expect(graph.timeKind).toBe("waiting");
    const service = Object.fromEntries(
      graph.activities.map((a) => [a.activity, a.medianServiceDays]),
    );
    expect(service).toEqual({ A: 1 / 24, B: 3 / 24, C: null });
    // A completes 10:00, B starts 12:00: two hours of waiting; C has no start: 15:00 -> 16:00.
    const waits = Object.fromEntries(
      graph.edges.map((edge) => [`${edge.from}>${edge.to}`, edge.medianDays]),
    );
    expect(waits).toEqual({ "A>B": 2 / 24, "B>C": 1 / 24 });
    // Lead time runs from the first start (09:00) to the last completion (16:00).
    expect((await leadTime(opened)).median).toBeCloseTo(7 / 24, 10);
    opened.close();
  });

  it("reads XES.gz the same as plain XES, and says when a log is complete-only", async () => {
    const text = xesDocument({
      t1: [
        { activity: "register", time: "2024-03-01T09:00:00Z" },
        { activity: "decide", time: "2024-03-02T09:00:00" },
      ],
    });
    const log = unwrap(
      await importXesFile(dir.dir, await fileWith(dir.dir, "plain.xes.gz", gzip(text))),
    );
    expect(log.report.eventsImported).toBe(2);
    expect(log.report.lifecycle.mode).toBe("complete-only");
    expect(log.report.notes.join(" ")).toContain("transition times");
    const opened = unwrap(await openFlowLog(log.path));
    // No offset is read as UTC, not as this machine's local time.
    expect((await leadTime(opened)).median).toBe(1);
    opened.close();
  });

  it("decodes entities, keeps trace attributes and steps over nested attributes", async () => {
    const text = xesDocument({
      "R&amp;D 1": [
        {
          activity: "Review &lt;draft&gt;",
          time: "2024-03-01T09:00:00Z",
          extra:
            '\t\t\t<list key="items">\n\t\t\t\t<string key="concept:name" value="nested"/>\n\t\t\t</list>',
        },
      ],
    }).replace("<trace>", '<trace>\n\t\t<string key="department" value="Finance"/>');
    const log = unwrap(await importXesFile(dir.dir, await fileWith(dir.dir, "entities.xes", text)));
    expect(log.meta.columns.attributes).toEqual(["attr:case:department"]);
    const opened = unwrap(
      await openFlowLog(log.path, {
        filters: { attributes: [{ key: "case:department", values: ["Finance"] }] },
      }),
    );
    expect((await dfg(opened)).activities.map((a) => a.activity)).toEqual(["Review <draft>"]);
    const [row] = await opened.db.rows<{ case_id: string }>("SELECT case_id FROM case_ids");
    expect(row?.case_id).toBe("R&D 1");
    opened.close();
  });

  it("skips an event with a bad date and reports its line", async () => {
    const events = Array.from({ length: 30 }, (_, i) => ({
      activity: `step ${i}`,
      time: i === 7 ? "not a date" : `2024-03-01T09:${String(i).padStart(2, "0")}:00Z`,
    }));
    const log = unwrap(
      await importXesFile(
        dir.dir,
        await fileWith(dir.dir, "bad-date.xes", xesDocument({ c: events })),
      ),
    );
    expect(log.report.skippedByCode).toEqual({ invalid_timestamp: 1 });
    // Header (2 lines) + trace open and name (2) + 7 events of 4 lines: the 8th event opens on line 33.
    expect(log.report.skipped[0]).toMatchObject({
      code: "invalid_timestamp",
      line: 33,
      column: 3,
      found: "not a date",
    });
  });

  it("refuses malformed XML with line, column and what was expected", async () => {
    const broken = xesDocument({ c: [{ activity: "a", time: "2024-03-01T09:00:00Z" }] }).replace(
      "\t\t</event>",
      "\t\t</trace>",
    );
    const result = await importXesFile(dir.dir, await fileWith(dir.dir, "broken.xes", broken));
    expect(result.ok ? null : result.error).toMatchObject({
      code: "xes_malformed",
      line: 8,
      column: 3,
      expected: "</event>",
      found: "</trace>",
    });
  });

  it("answers stable codes for a non-log, a damaged gzip and a missing file", async () => {
    const notLog = await importXesFile(
      dir.dir,
      await fileWith(dir.dir, "other.xml", "<root><x/></root>\n"),
    );
    expect(notLog.ok ? null : notLog.error.code).toBe("xes_not_a_log");
    const damaged = gzip(lifecycleLog).subarray(0, 60);
    const corrupt = await importXesFile(
      dir.dir,
      await fileWith(dir.dir, "damaged.xes.gz", damaged),
    );
    expect(corrupt.ok ? null : corrupt.error.code).toBe("gzip_corrupt");
    const missing = await importXesFile(dir.dir, `${dir.dir}/nope.xes`);
    expect(missing.ok ? null : missing.error.code).toBe("file_not_found");
    const empty = await importXesFile(
      dir.dir,
      await fileWith(dir.dir, "empty-log.xes", '<log xes.version="1.0"></log>\n'),
    );
    expect(empty.ok ? null : empty.error.code).toBe("empty_log");
  });

  it("counts every event of a multi-trace log", async () => {
    const log = unwrap(
      await importXesFile(
        dir.dir,
        await fileWith(
          dir.dir,
          "two.xes",
          xesDocument({
            a: [
              { activity: "x", time: "2024-03-01T09:00:00Z" },
              { activity: "y", time: "2024-03-01T10:00:00Z" },
            ],
            b: [{ activity: "x", time: "2024-03-02T09:00:00Z" }],
          }),
        ),
      ),
    );
    const opened = unwrap(await openFlowLog(log.path));
    expect(await summary(opened)).toMatchObject({
      cases: 2,
      events: 3,
      activities: 2,
      dfg_edges: 1,
      variants: 2,
    });
    opened.close();
  });
});
