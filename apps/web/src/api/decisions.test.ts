import { describe, expect, it } from "vitest";
import { NO_REGISTER_FILTERS, registerParamsFrom, registerQuery } from "./decisions";

describe("the register's filters in the page's address", () => {
  it("survive the round trip through the query string, so a filtered register can be bookmarked", () => {
    const params = {
      ...NO_REGISTER_FILTERS,
      q: "byggesak",
      status: "in_effect" as const,
      sort: "oldest" as const,
      facilitator: "3f0c9a8e-1d2b-4c5d-8e9f-0a1b2c3d4e5f",
      process: "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
      from: "2026-01-01",
      to: "2026-06-30",
      openActions: true,
    };
    expect(registerParamsFrom(`?${registerQuery(params)}`)).toEqual(params);
    expect(registerQuery(NO_REGISTER_FILTERS)).toBe("sort=newest");
  });

  it("drops what the page cannot show", () => {
    expect(registerParamsFrom("?status=lost&sort=random&openActions=yes")).toEqual(
      NO_REGISTER_FILTERS,
    );
  });
});
