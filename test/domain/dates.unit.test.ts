/** Dates and periods: one set of rules for the importer and the API. */
import { describe, expect, it } from "vitest";
import { isIsoDate, period } from "../../src/domain/dates";

describe("isIsoDate", () => {
  it.each([["2020-02-29", true], ["2019-02-29", false], ["2019-13-01", false], ["2019-1-01", false], ["20190101", false]])("%s → %s", (value, ok) => {
    expect(isIsoDate(value)).toBe(ok);
  });
});

describe("period", () => {
  it("is whole years, from the first day of the first to the last day of the last", () => {
    expect(period(2017, 2020)).toEqual({ fromYear: 2017, toYear: 2020, start: "2017-01-01", end: "2020-12-31" });
  });

  it("names the year at fault", () => {
    expect(period(1899, 2020)).toEqual({ field: "fromYear", problem: "must be a year between 1900 and 2200, got 1899" });
    expect(period(2020, 2019)).toEqual({ field: "toYear", problem: "must not be before fromYear (2020), got 2019" });
  });
});
