/**
 * A write is checked by the importer's own rules, with the importer's messages, the path rooted at
 * the argument (`input` for a create, `patch` for an update): BAD_USER_INPUT, and nothing written or
 * audited (docs/writes.md, "Validation").
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "../../src/identity/caller";
import { UNIT_A, writesDataset } from "../fixtures/writes";
import { graphFingerprint } from "../support/db";
import { graphqlFixture } from "../support/graphql";

const f = graphqlFixture(writesDataset);
const admin: Caller = { kind: "user", sub: "admin@x", role: "ADMIN", unitId: null };
const run = (query: string, variables: Record<string, unknown>) => f.gql.run(query, variables, { caller: admin, writesConfigured: true });

const ACTIVITY = { kind: "WORKSHOP", title: "A workshop", date: "2021-05-01", organizerIds: [UNIT_A] };
const RECORD_ACTIVITY = "mutation ($input: ActivityInput!) { recordActivity(input: $input) { id } }";
const UPDATE_ACTIVITY = "mutation ($patch: ActivityPatch!) { updateActivity(id: \"act-a\", version: 1, patch: $patch) { id } }";
const CREATE_PARTNERSHIP = "mutation ($input: PartnershipInput!) { createPartnership(input: $input) { id } }";
const CREATE_PROJECT = "mutation ($input: ProjectInput!) { createProject(input: $input) { id } }";
const RECORD_REVIEW = "mutation ($input: ReviewInput!) { recordReview(input: $input) { id } }";
const CREATE_ACTOR = "mutation ($input: ActorInput!) { createActor(input: $input) { id } }";
const PARTNERSHIP = { kind: "COOPERATION", title: "Cooperation", domesticPartyIds: [UNIT_A], foreignPartyIds: ["jp-city"], signedOn: "2021-01-01" };
const PROJECT = { title: "A project", status: "PIPELINE", fundingType: "ODA", startOn: "2021-01-01", funderIds: ["jp-city"], implementerIds: [UNIT_A], committed: { amount: 100, currency: "USD" } };

const CASES: [string, string, Record<string, unknown>, string, string][] = [
  ["an unknown organiser", RECORD_ACTIVITY, { input: { ...ACTIVITY, organizerIds: [UNIT_A, "nobody"] } }, "input.organizerIds[1]", 'unknown id "nobody"'],
  ["a FOREIGN organiser", RECORD_ACTIVITY, { input: { ...ACTIVITY, organizerIds: ["jp-city"] } }, "input.organizerIds[0]", '"jp-city" is a FOREIGN actor; organizers must be DOMESTIC'],
  ["a partnership id where an actor goes", RECORD_ACTIVITY, { input: { ...ACTIVITY, participantIds: ["ps-a"] } }, "input.participantIds[0]", '"ps-a" is a partnership, expected an actor'],
  ["an actor id where a partnership goes", RECORD_ACTIVITY, { input: { ...ACTIVITY, partnershipId: "jp-city" } }, "input.partnershipId", '"jp-city" is an actor, expected a partnership'],
  ["an end before the start", RECORD_ACTIVITY, { input: { ...ACTIVITY, endDate: "2021-04-30" } }, "input.endDate", "endDate 2021-04-30 is before date 2021-05-01"],
  ["an empty title", RECORD_ACTIVITY, { input: { ...ACTIVITY, title: "  " } }, "input.title", "must not be empty"],
  ["a date that is not one", RECORD_ACTIVITY, { input: { ...ACTIVITY, date: "2021-02-30" } }, "input.date", "must be a date written YYYY-MM-DD"],
  ["a currency that is not one", RECORD_ACTIVITY, { input: { ...ACTIVITY, funds: { amount: 10, currency: "usd" } } }, "input.funds.currency", "must be an ISO 4217 currency code (three capitals)"],
  ["a negative amount", RECORD_ACTIVITY, { input: { ...ACTIVITY, funds: { amount: -1, currency: "USD" } } }, "input.funds.amount", "must be >= 0"],
  ["a malformed id", RECORD_ACTIVITY, { input: { ...ACTIVITY, id: "has space" } }, "input.id", "must match"],
  ["an id another type already uses", RECORD_ACTIVITY, { input: { ...ACTIVITY, id: "ps-a" } }, "input.id", 'id "ps-a" is already used by a partnership in the graph'],
  ["an unknown organiser, in a patch", UPDATE_ACTIVITY, { patch: { participantIds: ["jp-ngo", "nobody"] } }, "patch.participantIds[1]", 'unknown id "nobody"'],
  ["an end before the start, in a patch", UPDATE_ACTIVITY, { patch: { endDate: "2020-04-30" } }, "patch.endDate", "endDate 2020-04-30 is before date 2020-05-01"],
  ["a required field cleared, in a patch", UPDATE_ACTIVITY, { patch: { organizerIds: [] } }, "patch.organizerIds", "must list at least one id"],
  ["a non-LOCALITY party of a sister relation", CREATE_PARTNERSHIP, { input: { ...PARTNERSHIP, kind: "SISTER_LOCALITY" } }, "input.domesticPartyIds[0]", `"${UNIT_A}" is a GOVERNMENT_AGENCY; every party of a SISTER_LOCALITY partnership must be a LOCALITY actor`],
  ["a DOMESTIC foreign party", CREATE_PARTNERSHIP, { input: { ...PARTNERSHIP, foreignPartyIds: ["kh"] } }, "input.foreignPartyIds[0]", '"kh" is a DOMESTIC actor; foreign parties must be FOREIGN'],
  ["an end before the signature", CREATE_PARTNERSHIP, { input: { ...PARTNERSHIP, endedOn: "2020-12-31" } }, "input.endedOn", "endedOn 2020-12-31 is before signedOn 2021-01-01"],
  ["a project locality that is not a LOCALITY", CREATE_PROJECT, { input: { ...PROJECT, localityIds: [UNIT_A] } }, "input.localityIds[0]", `"${UNIT_A}" is a GOVERNMENT_AGENCY; a project's localities must be LOCALITY actors`],
  ["a DAC code that is not one", CREATE_PROJECT, { input: { ...PROJECT, dacCode: "123" } }, "input.dacCode", "must be a 5-digit DAC purpose code"],
  ["a score out of 1..5", RECORD_REVIEW, { input: { partnershipId: "ps-a", year: 2021, score: 6, recommendation: "CONTINUE", reviewedOn: "2021-12-01", reviewerId: UNIT_A } }, "input.score", "must be 1 to 5"],
  ["a country nobody knows", CREATE_ACTOR, { input: { kind: "NGO", side: "FOREIGN", name: "Somewhere NGO", country: "QQ" } }, "input.country", 'unknown country code "QQ"'],
];

describe("a write breaking a rule", () => {
  let before: Record<string, number>;
  let audited: number;
  beforeAll(async () => {
    before = await graphFingerprint(f.db);
    audited = (await run("{ auditLog { totalCount } }", {})).data!.auditLog.totalCount;
  });

  it.each(CASES)("is refused: %s", async (_what, query, variables, path, message) => {
    const answer = await run(query, variables);
    expect(answer.data).toBeNull();
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: path });
    expect(answer.errors![0].message).toContain(`${path}: ${message}`);
    expect(await graphFingerprint(f.db)).toEqual(before);
    expect((await run("{ auditLog { totalCount } }", {})).data!.auditLog.totalCount).toBe(audited);
  });

  it("lists every problem of the record, each with its path", async () => {
    const answer = await run(RECORD_ACTIVITY, { input: { ...ACTIVITY, organizerIds: ["nobody"], endDate: "2021-01-01", partnershipId: "nothing" } });
    expect((answer.errors![0].extensions as { problems: { path: string }[] }).problems.map((p) => p.path).sort())
      .toEqual(["input.endDate", "input.organizerIds[0]", "input.partnershipId"]);
  });
});
