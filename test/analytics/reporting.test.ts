/** reportingStatus on a hand-made plan: the deadline day, a day late, missing, several reports, other plans and years. */
import { describe, expect, it } from "vitest";
import { deadlineOf } from "../../src/analytics/reporting/reporting.service";
import { graphqlFixture } from "../support/graphql";

const unit = (id: string, side = "DOMESTIC") => ({ id, kind: "GOVERNMENT_AGENCY", side, name: `Unit ${id}`, country: side === "DOMESTIC" ? "VN" : "JP" });

const DATASET = {
  format: "partner-network/v1",
  actors: [unit("issuer"), unit("u-a"), unit("u-b"), unit("u-c"), unit("u-d"), unit("u-e"), unit("x-foreign", "FOREIGN")],
  plans: [
    { id: "plan", title: "Plan", issuerId: "issuer", fromYear: 2017, toYear: 2020, priorityCountries: [],
      tasks: [
        { id: "t1", title: "Task 1", assigneeIds: ["u-a", "u-b", "u-c"] },
        // u-d is assigned twice (one row); a FOREIGN assignee is not a unit that reports.
        { id: "t2", title: "Task 2", assigneeIds: ["u-d", "u-a", "x-foreign"] },
      ] },
    { id: "plan-jan", title: "Plan with a January deadline", issuerId: "issuer", fromYear: 2019, toYear: 2020, reportDeadline: "01-31", priorityCountries: [],
      tasks: [{ id: "t3", title: "Task 3", assigneeIds: ["u-a", "u-e"] }] },
  ],
  reports: [
    { id: "r-a", planId: "plan", unitId: "u-a", year: 2019, submittedOn: "2019-12-15" }, // on the deadline day
    { id: "r-b", planId: "plan", unitId: "u-b", year: 2019, submittedOn: "2019-12-16" }, // a day late
    { id: "r-c-2018", planId: "plan", unitId: "u-c", year: 2018, submittedOn: "2018-12-01" }, // other year: u-c is MISSING in 2019
    { id: "r-d-late", planId: "plan", unitId: "u-d", year: 2019, submittedOn: "2019-12-20" },
    { id: "r-d-early", planId: "plan", unitId: "u-d", year: 2019, submittedOn: "2019-12-10" }, // the first one counts
    // Reports for the other plan: they must not leak into "plan" (u-a's first 2019 report there would be 2019-01-31).
    { id: "r-e-jan", planId: "plan-jan", unitId: "u-e", year: 2019, submittedOn: "2019-02-01" },
    { id: "r-a-jan", planId: "plan-jan", unitId: "u-a", year: 2019, submittedOn: "2019-01-31" },
  ],
};

const fixture = graphqlFixture(() => DATASET);

const QUERY = `query ($planId: ID!, $year: Int!) { reportingStatus(planId: $planId, year: $year) { unit { id } status submittedOn deadline } }`;

describe("reportingStatus", () => {
  it("classifies each assigned domestic unit, ordered by unit id", async () => {
    const result = await fixture.gql.run(QUERY, { planId: "plan", year: 2019 });
    expect(result.errors).toBeUndefined();
    expect(result.data!.reportingStatus).toEqual([
      { unit: { id: "u-a" }, status: "ON_TIME", submittedOn: "2019-12-15", deadline: "2019-12-15" },
      { unit: { id: "u-b" }, status: "LATE", submittedOn: "2019-12-16", deadline: "2019-12-15" },
      { unit: { id: "u-c" }, status: "MISSING", submittedOn: null, deadline: "2019-12-15" },
      { unit: { id: "u-d" }, status: "ON_TIME", submittedOn: "2019-12-10", deadline: "2019-12-15" },
    ]);
  });

  it("counts only the plan and year asked for", async () => {
    const result = await fixture.gql.run(QUERY, { planId: "plan", year: 2018 });
    expect(result.data!.reportingStatus.map((r: any) => [r.unit.id, r.status])).toEqual([
      ["u-a", "MISSING"], ["u-b", "MISSING"], ["u-c", "ON_TIME"], ["u-d", "MISSING"],
    ]);
  });

  it("uses the plan's own deadline", async () => {
    const result = await fixture.gql.run(QUERY, { planId: "plan-jan", year: 2019 });
    expect(result.data!.reportingStatus).toEqual([
      { unit: { id: "u-a" }, status: "ON_TIME", submittedOn: "2019-01-31", deadline: "2019-01-31" },
      { unit: { id: "u-e" }, status: "LATE", submittedOn: "2019-02-01", deadline: "2019-01-31" },
    ]);
  });

  it.each([
    [{ planId: "nope", year: 2019 }, 'planId: unknown plan "nope"'],
    [{ planId: "plan", year: 2021 }, 'year: plan "plan" covers 2017–2020, got 2021'],
  ])("rejects %j", async (variables, message) => {
    const result = await fixture.gql.run(QUERY, variables);
    expect(result.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([[message, "BAD_USER_INPUT"]]);
  });

  it("moves a 29 February deadline to the 28th in other years", () => {
    expect(deadlineOf(2020, "02-29")).toBe("2020-02-29");
    expect(deadlineOf(2019, "02-29")).toBe("2019-02-28");
  });
});
