/** GraphiQL at /graphiql in Chromium: self-hosted, the README's examples as tabs, runs a query, no request elsewhere. */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config";
import { readmeExamples } from "../../web/graphiql/examples";
import { webAppFixture } from "../support/browser";

const app = webAppFixture();

describe("GraphiQL", () => {
  it("loads from the service alone, with the README's example operations as tabs, and runs a query", async () => {
    const examples = readmeExamples(fs.readFileSync(path.join(PROJECT_ROOT, "README.md"), "utf8"));
    expect(examples.length).toBeGreaterThanOrEqual(3);
    const { page, offsite, pageErrors } = await app.open("/graphiql");
    await page.waitForSelector(".graphiql-container");
    await page.waitForSelector(".graphiql-tab", { timeout: 20_000 });
    expect(await page.$$eval(".graphiql-tab", (tabs) => tabs.length)).toBe(examples.length);
    await page.click(".graphiql-execute-button");
    await page.waitForFunction('(document.querySelector(".result-window")?.textContent ?? "").includes("data")', undefined, { timeout: 20_000 });
    expect(await page.textContent(".result-window")).toContain("data");
    // The explorer plugin and the headers editor are there.
    expect(await page.$$eval('button[aria-label*="Explorer"]', (b) => b.length)).toBeGreaterThan(0);
    expect(await page.$$eval('button:text("Headers")', (b) => b.length)).toBeGreaterThan(0);
    await app.screenshot(page, "graphiql");
    expect(offsite).toEqual([]);
    expect(pageErrors.filter((e) => !/ResizeObserver/.test(e))).toEqual([]);
  });
});
