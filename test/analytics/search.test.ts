/** search: case- and diacritic-insensitive, đ → d, every token in the name or the Vietnamese name. */
import { describe, expect, it } from "vitest";
import { fold } from "../../src/domain/fold";
import { graphqlFixture } from "../support/graphql";

const actor = (id: string, name: string, nameVi: string | null, kind = "LOCALITY", side = "DOMESTIC") => ({ id, kind, side, name, nameVi, country: "VN" });

const DATASET = {
  format: "partner-network/v1",
  actors: [
    actor("kh", "Khanh Hoa Province", "Tỉnh Khánh Hòa"),
    actor("dn", "Đà Nẵng", null),
    actor("ntu", "Nha Trang University", "Trường Đại học Nha Trang", "EDUCATION_INSTITUTION"),
    actor("kh-ufo", "Union of Friendship Organizations", "Liên hiệp các tổ chức hữu nghị tỉnh Khánh Hòa", "FRIENDSHIP_ORGANIZATION"),
    actor("osaka", "Ōsaka Prefecture", "Tỉnh Ôsaka", "LOCALITY", "FOREIGN"),
    actor("split", "Alpha Be", "Ce Delta", "OTHER"),
  ].map((a) => (a.side === "FOREIGN" ? { ...a, country: "JP" } : a)),
};

const fixture = graphqlFixture(() => DATASET);

async function search(text: string, extra = ""): Promise<string[]> {
  const result = await fixture.gql.run(`query ($text: String!) { search(text: $text${extra}) { id } }`, { text });
  expect(result.errors).toBeUndefined();
  return result.data!.search.map((a: { id: string }) => a.id);
}

describe("fold", () => {
  it("lower-cases, drops diacritics and folds đ/Đ to d", () => {
    expect(fold("Tỉnh Khánh Hòa")).toBe("tinh khanh hoa");
    expect(fold("ĐÀ NẴNG")).toBe("da nang");
    expect(fold("Ōsaka")).toBe("osaka");
  });
});

describe("search", () => {
  it.each([
    ["khanh hoa", ["kh", "kh-ufo"]], // kh-ufo matches through its Vietnamese name only
    ["KHÁNH HÒA", ["kh", "kh-ufo"]],
    ["tinh khanh", ["kh", "kh-ufo"]], // "tinh" only in the Vietnamese names
    ["hoa khanh", ["kh", "kh-ufo"]], // tokens in any order
    ["da nang", ["dn"]],
    ["ĐÀ NẴNG", ["dn"]],
    ["Đà", ["dn", "ntu"]], // "đà" → "da", also inside "dai hoc"
    ["dai hoc", ["ntu"]], // "Đại học": đ folds to d
    ["osaka", ["osaka"]],
    ["  nha   trang  ", ["ntu"]],
    ["be ce", ["split"]], // one token in each name
    ["nobody", []],
  ])("%j finds %j", async (text, expected) => {
    expect((await search(text)).sort()).toEqual(expected);
  });

  it("does not match a token across the name and the Vietnamese name", async () => {
    // "Alpha Be" + "Ce Delta": "bece" would only appear if the two names were glued together.
    expect(await search("bec")).toEqual([]);
  });

  it("orders results by folded name", async () => {
    expect(await search("khanh hoa")).toEqual(["kh", "kh-ufo"]); // "khanh hoa province…" < "union of friendship…"
  });

  it("filters by kind and limits the count", async () => {
    expect(await search("khanh hoa", ", kinds: [FRIENDSHIP_ORGANIZATION]")).toEqual(["kh-ufo"]);
    expect(await search("a", ", first: 2")).toHaveLength(2);
  });

  it.each([
    ['search(text: "   ") { id }', "text: must contain something to search for"],
    ['search(text: "a", first: 101) { id }', "first: must be between 0 and 100, got 101"],
  ])("%s is refused", async (selection, message) => {
    const result = await fixture.gql.run(`{ ${selection} }`);
    expect(result.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([[message, "BAD_USER_INPUT"]]);
  });
});
