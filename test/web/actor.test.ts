/** /actors/:id in Chromium: partnerships, partners, collaborators as a network and a list, the path finder, not found, English. */
import { describe, expect, it } from "vitest";
import { webAppFixture } from "../support/browser";

const app = webAppFixture();
const keys = (page: any, selector: string): Promise<string[]> => page.$$eval(selector, (items: any[]) => items.map((i) => i.getAttribute("data-key")));

describe("the actor view", () => {
  it("shows the actor's partnerships, partners, collaborators, activities and projects as GraphQL answers them, and draws the network", async () => {
    const { actor, collaborators } = await app.graphql(`{ actor(id: "vn-kh-nhatrang") { name nameVi partnerships { id foreignParties { id } }
      activities(first: 100, orderBy: NEWEST_FIRST) { totalCount edges { node { id } } } projects(first: 100) { edges { node { id } } } }
      collaborators(actorId: "vn-kh-nhatrang", degree: 1) { id } }`);
    const { page, offsite, pageErrors } = await app.open("/actors/vn-kh-nhatrang");
    await page.waitForSelector(".network-graph canvas");
    expect(await page.textContent("h1")).toBe(actor.nameVi);
    expect(await keys(page, '[data-testid="partnerships"] tbody tr')).toEqual(actor.partnerships.map((p: any) => p.id));
    const foreign = [...new Set(actor.partnerships.flatMap((p: any) => p.foreignParties.map((f: any) => f.id)))];
    expect(await keys(page, '[data-testid="partners"] li')).toEqual(foreign);
    expect(await keys(page, '[data-testid="collaborators"] li')).toEqual(collaborators.map((c: any) => c.id));
    expect(await page.getAttribute(".network-graph", "data-nodes")).toBe(String(collaborators.length + 1));
    expect(Number(await page.getAttribute(".network-graph", "data-edges"))).toBeGreaterThanOrEqual(collaborators.length);
    expect(await page.getAttribute(".network-graph", "role")).toBe("img");
    await page.waitForSelector('[data-testid="timeline"] li');
    expect(await page.textContent('[data-testid="activity-count"]')).toBe(`(${actor.activities.totalCount})`);
    expect(await keys(page, '[data-testid="timeline"] li')).toEqual(actor.activities.edges.map((e: any) => e.node.id));
    expect(await keys(page, '[data-testid="projects"] tbody tr')).toEqual(actor.projects.edges.map((e: any) => e.node.id));
    await app.screenshot(page, "actor-vi");
    expect(offsite).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("shows the province with no activity of its own: an empty timeline, and its units", async () => {
    const { actor } = await app.graphql(`{ actor(id: "vn-kh") { children { id } activities { totalCount } } }`);
    const { page, pageErrors } = await app.open("/actors/vn-kh");
    await page.waitForSelector(".network-graph canvas");
    expect(await page.$$eval('[data-testid="children"] a', (as) => as.length)).toBe(actor.children.length);
    expect(await page.textContent('[data-testid="activity-count"]')).toBe(`(${actor.activities.totalCount})`);
    await app.screenshot(page, "actor-province-vi");
    expect(pageErrors).toEqual([]);
  });

  it("opens the actor of a node clicked in the drawing", async () => {
    const { page, pageErrors } = await app.open("/actors/vn-kh-nhatrang?lang=en");
    await page.waitForSelector(".network-graph canvas");
    // Cytoscape keeps its instance on the container: where it drew the node, relative to the box.
    const at = await page.$eval(".network-graph", (box: any) => box._cyreg.cy.getElementById("kr-gimhae").renderedPosition());
    const box = (await page.locator(".network-graph").boundingBox())!;
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.waitForURL(/\/actors\/kr-gimhae\?lang=en$/);
    expect(pageErrors).toEqual([]);
  });

  it("opens a collaborator from the list, the partner page of a foreign actor lists its collaborators", async () => {
    const { collaborators } = await app.graphql(`{ collaborators(actorId: "jp-wakayama", degree: 1) { id } }`);
    const { page, pageErrors } = await app.open("/actors/vn-kh");
    await page.click('[data-testid="collaborators"] li[data-key="jp-wakayama"] a');
    await page.waitForURL(/\/actors\/jp-wakayama$/);
    // Polled: the page before may still be on screen for a moment after the URL changed.
    await expect.poll(() => keys(page, '[data-testid="partners"] li'), { timeout: 15_000 }).toEqual(collaborators.map((c: any) => c.id));
    expect(pageErrors).toEqual([]);
  });

  it("shows the path of the link's ?to= as connection(fromId, toId) answers, step by step", async () => {
    const { connection } = await app.graphql(`{ connection(fromId: "fr-plougastel", toId: "kr-koica") { steps actors { id } via { id } } }`);
    const { page, offsite, pageErrors } = await app.open("/actors/fr-plougastel?to=kr-koica");
    await page.waitForSelector('[data-testid="path"] li');
    expect(await keys(page, '[data-testid="path"] > li')).toEqual(connection.actors.map((a: any) => a.id));
    expect(await page.$$eval('[data-testid="path"] [data-via]', (vias) => vias.map((v) => v.getAttribute("data-via")))).toEqual(connection.via.map((v: any) => v.id));
    expect(await page.textContent('[data-testid="path-steps"]')).toBe(`${connection.steps} bước`);
    await page.locator('[data-testid="path"]').scrollIntoViewIfNeeded();
    await app.screenshot(page, "actor-path-vi");
    expect(offsite).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("picks the target by search and keeps it in the URL, in English", async () => {
    const { page, pageErrors } = await app.open("/actors/vn-kh-dofa?lang=en");
    await page.getByRole("heading", { name: /Collaboration network/ }).waitFor();
    await page.getByLabel("Find an actor").fill("irkutsk");
    await page.getByRole("button", { name: "Irkutsk Oblast" }).click();
    await page.waitForURL(/to=ru-irkutsk/);
    expect(new URL(page.url()).searchParams.get("lang")).toBe("en");
    await page.waitForSelector('[data-testid="path"] li');
    const { connection } = await app.graphql(`{ connection(fromId: "vn-kh-dofa", toId: "ru-irkutsk") { actors { id } } }`);
    expect(await keys(page, '[data-testid="path"] > li')).toEqual(connection.actors.map((a: any) => a.id));
    await app.screenshot(page, "actor-en");
    expect(pageErrors).toEqual([]);
  });

  it("lists a foreign NGO's permits with their validity, and says when an NGO has none", async () => {
    const { actor } = await app.graphql(`{ actor(id: "us-emw") { permits { id kind number issuedOn expiresOn sectors } } }`);
    expect(actor.permits.length).toBeGreaterThan(0);
    const { page, pageErrors } = await app.open("/actors/us-emw");
    await page.waitForSelector('[data-testid="permits"] tbody tr');
    expect(await keys(page, '[data-testid="permits"] tbody tr')).toEqual(actor.permits.map((p: any) => p.id));
    for (const permit of actor.permits) {
      const cells = await page.$$eval(`[data-testid="permits"] tr[data-key="${permit.id}"] td`, (tds) => tds.map((td) => td.textContent ?? ""));
      expect(cells[0]).toBe(permit.number);
      expect(cells[2]).toBe(permit.issuedOn.split("-").reverse().join("/"));
      expect(cells[3]).toBe(permit.expiresOn ? permit.expiresOn.split("-").reverse().join("/") : "Không thời hạn");
    }
    await page.locator('[data-testid="permits"]').scrollIntoViewIfNeeded();
    await app.screenshot(page, "actor-permits-vi");
    const none = await app.open("/actors/sg-temasek?lang=en");
    await none.page.waitForSelector('[data-testid="no-permit"]');
    expect(await none.page.textContent('[data-testid="no-permit"]')).toBe("The NGO has no permit.");
    expect(pageErrors).toEqual([]);
    expect(none.pageErrors).toEqual([]);
  });

  it("says so for an unknown id", async () => {
    const { page, pageErrors } = await app.open("/actors/nobody");
    await page.waitForSelector('[data-testid="not-found"]');
    expect(await page.textContent('[data-testid="not-found"]')).toContain("nobody");
    expect(pageErrors).toEqual([]);
  });
});
