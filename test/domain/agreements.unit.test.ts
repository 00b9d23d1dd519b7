/** The v2 definitions of agreements and permits, at their boundaries (hand-counted). */
import { describe, expect, it } from "vitest";
import { agreementStatus, expiryOf, fulfilment, reportCompliance } from "../../src/domain/agreements";
import { addYears } from "../../src/domain/dates";
import { permitStatus, validOn, validUntil } from "../../src/domain/permits";

describe("an agreement's expiry", () => {
  it("adds the term in calendar years; 29 February lands on 28 February in a common year", () => {
    expect(addYears("2017-03-15", 5)).toBe("2022-03-15");
    expect(addYears("2016-02-29", 5)).toBe("2021-02-28");
    expect(addYears("2016-02-29", 4)).toBe("2020-02-29");
    expect(expiryOf({ signedOn: "2016-02-29", termYears: 5 })).toBe("2021-02-28");
  });

  it("is the latest renewal's (greatest renewedOn, whatever the list order), else its own expiresOn, else none", () => {
    const renewals = [{ renewedOn: "2022-01-01", expiresOn: "2027-01-01" }, { renewedOn: "2019-06-01", expiresOn: "2030-01-01" }];
    expect(expiryOf({ signedOn: "2015-01-01", expiresOn: "2020-01-01", renewals })).toBe("2027-01-01");
    expect(expiryOf({ signedOn: "2015-01-01", expiresOn: "2020-01-01" })).toBe("2020-01-01");
    expect(expiryOf({ signedOn: "2015-01-01", renewals: [] })).toBeNull();
  });
});

describe("an agreement's status at asOf", () => {
  const asOf = "2020-12-31";
  it("is EXPIRING on the day it expires, EXPIRED the day after, ACTIVE beyond the window", () => {
    expect(agreementStatus({ signedOn: "2015-01-01", expiresOn: "2020-12-31" }, asOf, 180)).toBe("EXPIRING");
    expect(agreementStatus({ signedOn: "2015-01-01", expiresOn: "2020-12-30" }, asOf, 180)).toBe("EXPIRED");
    expect(agreementStatus({ signedOn: "2015-01-01", expiresOn: "2021-06-29" }, asOf, 180)).toBe("EXPIRING"); // asOf + 180 days
    expect(agreementStatus({ signedOn: "2015-01-01", expiresOn: "2021-06-30" }, asOf, 180)).toBe("ACTIVE");
    expect(agreementStatus({ signedOn: "2015-01-01" }, asOf, 180)).toBe("ACTIVE");
  });

  it("is NOT_SIGNED before signing and ENDED from its end, before looking at the expiry", () => {
    expect(agreementStatus({ signedOn: "2021-01-01" }, asOf, 180)).toBe("NOT_SIGNED");
    expect(agreementStatus({ signedOn: "2015-01-01", endedOn: "2020-12-31", expiresOn: "2019-01-01" }, asOf, 180)).toBe("ENDED");
  });
});

describe("report compliance", () => {
  it("is due reportDueDays after signing; a report after asOf does not count", () => {
    const signedOn = "2020-03-01"; // due 2020-03-16 with 15 days
    expect(reportCompliance({ signedOn, reportedOn: "2020-03-16" }, "2020-12-31", 15)).toBe("ON_TIME");
    expect(reportCompliance({ signedOn, reportedOn: "2020-03-17" }, "2020-12-31", 15)).toBe("LATE");
    expect(reportCompliance({ signedOn }, "2020-12-31", 15)).toBe("MISSING");
    expect(reportCompliance({ signedOn, reportedOn: "2021-01-05" }, "2020-12-31", 15)).toBe("MISSING");
    expect(reportCompliance({ signedOn: "2020-12-20" }, "2020-12-31", 15)).toBe("PENDING");
    expect(reportCompliance({ signedOn: "2020-12-16" }, "2020-12-31", 15)).toBe("PENDING"); // due on asOf
    expect(reportCompliance({ signedOn: "2020-12-15" }, "2020-12-31", 15)).toBe("MISSING"); // due the day before asOf
  });
});

describe("a commitment's fulfilment", () => {
  it("expects the target per year times the years; met when exactly met; ratio to 3 decimals", () => {
    expect(fulfilment({ target: 2, perYear: true }, 6, 3)).toEqual({ expected: 6, actual: 6, ratio: 1, met: true });
    expect(fulfilment({ target: 2, perYear: true }, 5, 3)).toEqual({ expected: 6, actual: 5, ratio: 0.833, met: false });
    expect(fulfilment({ target: 50000, perYear: false }, 12345.67, 4)).toEqual({ expected: 50000, actual: 12345.67, ratio: 0.247, met: false });
  });
});

describe("permits", () => {
  const permit = { issuedOn: "2018-01-01", expiresOn: "2020-12-31" };
  it("are valid from issue to expiry, both days included", () => {
    expect(validOn(permit, "2018-01-01")).toBe(true);
    expect(validOn(permit, "2020-12-31")).toBe(true);
    expect(validOn(permit, "2021-01-01")).toBe(false);
    expect(validOn(permit, "2017-12-31")).toBe(false);
    expect(validOn({ issuedOn: "2018-01-01" }, "2099-01-01")).toBe(true);
  });

  it("give an NGO's status and how long it is covered", () => {
    expect(permitStatus([], "2020-06-30", 90)).toBe("NONE");
    expect(permitStatus([permit], "2021-01-01", 90)).toBe("EXPIRED");
    expect(permitStatus([permit], "2020-10-02", 90)).toBe("EXPIRING"); // expires on asOf + 90
    expect(permitStatus([permit], "2020-10-01", 90)).toBe("VALID"); // expires on asOf + 91
    expect(permitStatus([permit, { issuedOn: "2020-06-01" }], "2020-12-01", 90)).toBe("VALID");
    expect(validUntil([permit, { issuedOn: "2020-06-01", expiresOn: "2021-03-01" }], "2020-12-01")).toBe("2021-03-01");
    expect(validUntil([permit, { issuedOn: "2020-06-01" }], "2020-12-01")).toBeNull();
    expect(validUntil([permit], "2021-01-01")).toBeNull();
  });
});
