/** /search in Chromium: the actors of search(text, first: 50), whatever the diacritics, each a link; nothing found; English. */
import { describe, expect, it } from "vitest";
import { webAppFixture } from "../support/browser";
import { ROWS, expectClean, expectRows, headers, rowCells } from "./viewTable";

const app = webAppFixture();
const search = async (text: string) =>
  (await app.graphql(`query($text: String!) { search(text: $text, first: 50) { id name nameVi country { code } } }`, { text })).search;

describe("the search view", () => {
  it("shows every actor the search answers, diacritics or not, each linking to its page", async () => {
    const hits = await search("da nang");
    expect(hits.length).toBeGreaterThan(0);
    const opened = await app.open("/search?q=da+nang");
    const { page } = opened;
    await page.waitForSelector(ROWS);
    await expectRows(page, hits.map((a: any) => a.id));
    for (const hit of hits) {
      const cells = await rowCells(page, hit.id);
      expect(cells[0]).toBe(hit.name);
      expect(cells[1]).toBe(hit.nameVi ?? "—");
      expect(cells[3]).toContain(hit.country.code);
      expect(await page.getAttribute(`tr[data-key="${hit.id}"] a`, "href")).toBe(`/actors/${hit.id}`);
    }
    expect(await page.textContent('[role="status"]')).toContain(`Tìm thấy ${hits.length} kết quả`);
    await app.screenshot(page, "search-vi");
    expectClean(opened);
  });

  it("searches from the top bar's box, keeps the text in the URL, and opens an actor", async () => {
    const { page } = await app.open("/coverage");
    await page.getByLabel("Tìm đối tác, cơ quan").fill("khánh hòa");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/search\?q=kh%C3%A1nh\+h%C3%B2a/);
    await page.waitForSelector(ROWS);
    const hits = await search("khánh hòa");
    await expectRows(page, hits.map((a: any) => a.id));
    // Without the diacritics, the same actors.
    expect((await search("khanh hoa")).map((a: any) => a.id)).toEqual(hits.map((a: any) => a.id));
    await page.reload({ waitUntil: "networkidle" });
    await expectRows(page, hits.map((a: any) => a.id));
    expect(await page.inputValue("#search-text")).toBe("khánh hòa");
    await page.click(`tr[data-key="${hits[0].id}"] a`);
    await page.waitForURL(new RegExp(`/actors/${hits[0].id}$`));
  });

  it("says when nothing is found, and speaks English", async () => {
    const none = await app.open("/search?q=zzzz");
    await none.page.waitForSelector(".state-empty");
    expect(await none.page.textContent(".state-empty")).toContain("Không tìm thấy");
    expect(await none.page.$$eval(ROWS, (rows) => rows.length)).toBe(0);
    expectClean(none);

    const opened = await app.open("/search?q=wakayama&lang=en");
    const { page } = opened;
    await page.waitForSelector(ROWS);
    await expectRows(page, (await search("wakayama")).map((a: any) => a.id));
    expect(await headers(page)).toEqual(["Name", "Vietnamese name", "Kind", "Country"]);
    expect(await page.textContent("h1")).toBe("Search results for “wakayama”");
    await app.screenshot(page, "search-en");
    expectClean(opened);
  });
});
