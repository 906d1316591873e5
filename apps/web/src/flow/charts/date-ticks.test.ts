import { describe, expect, it } from "vitest";
import { dateTicks } from "./date-ticks";

// The words themselves come from the runtime's ICU data, which differs between Node and
// browsers ("des" or "des."): the test checks the shape, with the month names as ICU gives them.
const monthName = (locale: string, iso: string) =>
  new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" }).format(new Date(iso));

describe("date ticks", () => {
  it("names months in the reader's language, with the year under January", () => {
    const nb = dateTicks("nb");
    expect(nb(new Date("2010-12-01T00:00:00Z"))).toBe(monthName("nb", "2010-12-01T00:00:00Z"));
    expect(nb(new Date("2011-01-01T00:00:00Z"))).toBe(
      `${monthName("nb", "2011-01-01T00:00:00Z")}\n2011`,
    );
    expect(monthName("nb", "2010-12-01T00:00:00Z")).toMatch(/^des/);
  });

  it("gives other days their day of the month", () => {
    expect(dateTicks("en")(new Date("2011-03-04T00:00:00Z"))).toMatch(/^(4 Mar|Mar 4)$/);
  });
});
