/** The typed scalars: the schema says what a value is, and the JSON form is what it always was. */
import { describe, expect, it } from "vitest";
import { smallDataset } from "../fixtures/small";
import { LocalDate } from "../../src/graphql/scalars";
import { graphqlFixture } from "../support/graphql";

const f = graphqlFixture(smallDataset);

describe("typed scalars", () => {
  it("type dates as LocalDate, counts as NonNegativeInt and amounts as NonNegativeFloat", async () => {
    const { data } = await f.gql.run(`{
      partnership: __type(name: "Partnership") { fields { name type { name ofType { name } } } }
      money: __type(name: "Money") { fields { name type { name ofType { name } } } }
      coverage: __type(name: "CountryCoverage") { fields { name type { name ofType { name } } } }
    }`);
    const typeOf = (t: any, field: string) => {
      const found = t.fields.find((x: any) => x.name === field).type;
      return found.name ?? found.ofType.name;
    };
    expect(typeOf(data!.partnership, "signedOn")).toBe("LocalDate");
    expect(typeOf(data!.partnership, "endedOn")).toBe("LocalDate");
    expect(typeOf(data!.money, "amount")).toBe("NonNegativeFloat");
    expect(typeOf(data!.coverage, "activities")).toBe("NonNegativeInt");
    expect(typeOf(data!.coverage, "lastActivityOn")).toBe("LocalDate");
  });

  it("keep the JSON forms: a date is YYYY-MM-DD, a count and an amount are numbers", async () => {
    const { data, errors } = await f.gql.run(`{
      partnership(id: "ps-jp") { signedOn endedOn activities { totalCount } }
      partnerCoverage(period: {fromYear: 2018, toYear: 2020}) { rows { country { code } activities fundsMobilizedUsd lastActivityOn } }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.partnership).toEqual({ signedOn: "2012-05-01", endedOn: null, activities: { totalCount: 2 } });
    const japan = data!.partnerCoverage.rows.find((r: any) => r.country.code === "JP");
    expect(typeof japan.activities).toBe("number");
    expect(typeof japan.fundsMobilizedUsd).toBe("number");
    expect(japan.lastActivityOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("check a date argument in full, and pass an answer's date through by its shape", async () => {
    const { errors } = await f.gql.run(`{ activities(filter: {from: "2020-02-30"}) { totalCount } }`);
    expect(errors?.[0].message).toMatch(/LocalDate|date/i);
    expect(LocalDate.serialize("2020-02-29")).toBe("2020-02-29");
    expect(() => LocalDate.serialize("29/02/2020")).toThrow(/LocalDate/);
    expect(() => LocalDate.serialize(20200229)).toThrow(/not string/);
  });
});
