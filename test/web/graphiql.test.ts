/** GraphiQL at /graphiql in Chromium: self-hosted, the README's examples as tabs, runs a query, no request elsewhere. */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config";
import { readmeExamples } from "../../web/graphiql/examples";
import { webAppFixture } from "../support/browser";

const app = webAppFixture();

describe("GraphiQL", () => {
  it("loads from the service alone, with the README's example operations as tabs, and runs one", async () => {
    const examples = readmeExamples(fs.readFileSync(path.join(PROJECT_ROOT, "README.md"), "utf8"));
    expect(examples.length).toBeGreaterThanOrEqual(3);
    const { page, offsite, pageErrors } = await app.open("/graphiql");
    await page.waitForSelector(".graphiql-container .monaco-editor", { timeout: 20_000 });
    // One tab per example, named after its heading in the README.
    const tabs = await page.$$eval(".graphiql-tab .graphiql-tab-button", (items) => items.map((t) => (t.textContent ?? "").trim()));
    expect(tabs).toEqual(examples.map((e) => e.query.match(/^query (\w+)/)![1]));
    // The first tab (partnerCoverage) runs: the response pane shows its data.
    await page.click(".graphiql-execute-button");
    await page.waitForFunction(() => (document.querySelector(".result-window")?.textContent ?? "").includes("partnerCoverage"), undefined, { timeout: 20_000 });
    expect(await page.textContent(".result-window")).toContain('"data"');
    // The explorer plugin and the headers editor (for a bearer token) are there.
    expect(await page.getByRole("button", { name: "Headers" }).count()).toBe(1);
    await app.screenshot(page, "graphiql");
    await page.getByRole("button", { name: "Show GraphiQL Explorer" }).click();
    await page.waitForSelector('.graphiql-plugin :text("partnerCoverage")');
    await app.screenshot(page, "graphiql-explorer");
    expect(offsite).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("has examples that all run against the live schema", async () => {
    for (const { query } of readmeExamples(fs.readFileSync(path.join(PROJECT_ROOT, "README.md"), "utf8"))) {
      expect(Object.keys(await app.graphql(query)).length).toBeGreaterThan(0);
    }
  });

  it("sends the headers editor's headers with the query", async () => {
    const { page, pageErrors } = await app.open("/graphiql");
    await page.waitForSelector(".graphiql-container .monaco-editor", { timeout: 20_000 });
    const sent = page.waitForRequest((request) => request.url().endsWith("/graphql") && request.method() === "POST" && (request.postData() ?? "").includes("CoverageOfThePlansPriorityCountries"));
    await page.getByRole("button", { name: "Headers" }).click();
    await page.click(".graphiql-editor-tool .graphiql-editor:not(.hidden) .monaco-editor");
    await page.keyboard.insertText('{"x-example": "from-graphiql"}');
    await page.click(".graphiql-execute-button");
    expect((await sent).headers()["x-example"]).toBe("from-graphiql");
    expect(pageErrors).toEqual([]);
  });
});
