import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileWith, scratch, unwrap } from "../test-support/fixtures.js";
import { planCsvImport } from "./csv-plan.js";

describe("planCsvImport", () => {
  let dir: { dir: string; remove(): Promise<void> };
  beforeAll(async () => {
    dir = await scratch();
  });
  afterAll(() => dir.remove());

  it("detects semicolons, the header and a mapping from Disco-style names", async () => {
    const path = await fileWith(
      dir.dir,
      "semicolons.csv",
      "Case ID;Activity;Complete Timestamp;org:group;Cost\nA;Register;2014/10/22 11:15:41.000;A;1,5\n" +
        "A;Triage;2014/10/22 11:27:00.000;B;2,0\n",
    );
    const plan = unwrap(await planCsvImport(path));
    expect(plan.dialect).toMatchObject({ delimiter: ";", header: true, encoding: "utf-8" });
    expect(plan.columns).toEqual([
      "Case ID",
      "Activity",
      "Complete Timestamp",
      "org:group",
      "Cost",
    ]);
    expect(plan.mapping).toEqual({
      caseId: "Case ID",
      activity: "Activity",
      timestamp: "Complete Timestamp",
      unit: "org:group",
    });
    expect(plan.preview[0]).toEqual(["A", "Register", "2014/10/22 11:15:41.000", "A", "1,5"]);
  });

  it("reads a UTF-8 BOM without it becoming part of the first column's name", async () => {
    const path = await fileWith(
      dir.dir,
      "bom.csv",
      "\uFEFFcase,activity,timestamp\nc1,Bjørn ringer,2024-03-01 10:00:00\n",
    );
    const plan = unwrap(await planCsvImport(path));
    expect(plan.dialect.encoding).toBe("utf-8-bom");
    expect(plan.columns[0]).toBe("case");
    expect(plan.mapping.caseId).toBe("case");
  });

  it("falls back to Latin-1 when the bytes are not UTF-8", async () => {
    const latin1 = Buffer.from(
      "sak,aktivitet,tidspunkt\n1,Godkänn ärende,2024-03-01 10:00\n",
      "latin1",
    );
    const path = await fileWith(dir.dir, "latin1.csv", latin1);
    const plan = unwrap(await planCsvImport(path));
    expect(plan.dialect.encoding).toBe("latin-1");
    expect(plan.preview[0]?.[1]).toBe("Godkänn ärende");
    expect(plan.mapping).toMatchObject({
      caseId: "sak",
      activity: "aktivitet",
      timestamp: "tidspunkt",
    });
  });

  it("keeps quoted delimiters and line breaks inside one field", async () => {
    const path = await fileWith(
      dir.dir,
      "quoted.csv",
      'case,activity,timestamp,note\n1,"Call, then write","2024-03-01 10:00","two\nlines"\n2,b,2024-03-02 10:00,""""\n',
    );
    const plan = unwrap(await planCsvImport(path));
    expect(plan.dialect.delimiter).toBe(",");
    expect(plan.preview).toEqual([
      ["1", "Call, then write", "2024-03-01 10:00", "two\nlines"],
      ["2", "b", "2024-03-02 10:00", '"'],
    ]);
  });

  it("names columns itself when the first row is data", async () => {
    const path = await fileWith(
      dir.dir,
      "noheader.csv",
      "1,a,2024-03-01 10:00\n1,b,2024-03-01 11:00\n",
    );
    const plan = unwrap(await planCsvImport(path));
    expect(plan.dialect.header).toBe(false);
    expect(plan.columns).toEqual(["column1", "column2", "column3"]);
    expect(plan.mapping.timestamp).toBe("column3");
  });

  it("takes the person's mapping over the suggestion", async () => {
    const path = await fileWith(
      dir.dir,
      "override.csv",
      "ticket,step,done,begun\n1,a,2024-03-01 10:00,2024-03-01 09:00\n",
    );
    const plan = unwrap(await planCsvImport(path, { startTimestamp: "begun", timestamp: "done" }));
    expect(plan.mapping).toMatchObject({
      caseId: "ticket",
      timestamp: "done",
      startTimestamp: "begun",
    });
  });

  it("answers with stable codes for missing, empty and one-column files", async () => {
    const missing = await planCsvImport(`${dir.dir}/nope.csv`);
    expect(missing.ok ? null : missing.error.code).toBe("file_not_found");
    const empty = await planCsvImport(await fileWith(dir.dir, "empty.csv", ""));
    expect(empty.ok ? null : empty.error.code).toBe("empty_file");
    const single = await planCsvImport(
      await fileWith(dir.dir, "single.csv", "just\none\ncolumn\n"),
    );
    expect(single.ok ? null : single.error.code).toBe("csv_no_columns");
  });
});
