import { describe, expect, it } from "vitest";
import { demandByUnit } from "./demand.js";

describe("demandByUnit", () => {
  it("counts sign-ups per organisation and unit, and those who never got a place", () => {
    const rows = demandByUnit([
      { organisationId: "gjovik", unit: "Tildeling", status: "enrolled", everPlaced: true },
      { organisationId: "gjovik", unit: "Tildeling", status: "waiting", everPlaced: false },
      { organisationId: "gjovik", unit: "Tildeling", status: "withdrawn", everPlaced: true },
      { organisationId: "gjovik", unit: "Tildeling", status: "lapsed", everPlaced: false },
      {
        organisationId: "lillehammer",
        unit: "Psykisk helse",
        status: "offered",
        everPlaced: false,
      },
    ]);
    expect(rows).toEqual([
      {
        organisationId: "gjovik",
        unit: "Tildeling",
        signedUp: 4,
        placed: 1,
        waiting: 1,
        notPlaced: 2,
      },
      {
        organisationId: "lillehammer",
        unit: "Psykisk helse",
        signedUp: 1,
        placed: 0,
        waiting: 0,
        notPlaced: 0,
      },
    ]);
  });
});
