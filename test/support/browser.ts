/**
 * The web app in a real browser: Debian's Chromium driven by playwright-core (no browser download),
 * against the real service over the demo dataset. Every page may reach only the service's own
 * origin: any other request is aborted and recorded, and a test asserts there was none.
 * Screenshots go to test-results/screenshots/ (not committed) for a person to look at.
 */
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { PROJECT_ROOT } from "../../src/config";
import { DEMO_FILE } from "../../src/dataset/demo";
import type { Database } from "../../src/db/database";
import { startServer, type RunningServer } from "../../src/server";
import { connectWithDataset } from "./db";

declare global {
  /**
   * The page's document, for the callbacks a test hands to page.waitForFunction or page.evaluate:
   * they run in Chromium, not in Node, whose type library (rightly) has no DOM.
   */
  const document: {
    querySelectorAll(selector: string): { length: number };
    querySelector(selector: string): { textContent: string | null; getAttribute(name: string): string | null } | null;
  };
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const SCREENSHOTS = path.join(PROJECT_ROOT, "test-results", "screenshots");

/** Chromium as root in a closed network: no sandbox, and none of its background calls home. */
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions"];

export interface AppPage {
  page: Page;
  /** Requests to anything but the service's origin (aborted). */
  offsite: string[];
  /** Errors the page logged or threw. */
  pageErrors: string[];
}

export interface WebAppFixture {
  db: Database;
  server: RunningServer;
  browser: Browser;
  /** The service's origin, e.g. http://127.0.0.1:4123 */
  origin: string;
  /** Opens `pathname` (e.g. "/coverage?fromYear=2018") in a new page and waits for the network to settle. */
  open(pathname: string, options?: { width?: number; height?: number }): Promise<AppPage>;
  /** Runs a GraphQL query against the same service, as the app would. */
  graphql<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Saves a full-page screenshot as test-results/screenshots/<name>.png and returns its path. */
  screenshot(page: Page, name: string): Promise<string>;
}

/**
 * Before all tests of the file: the demo dataset in an empty graph, the service on a free port, and
 * Chromium; after them, all three closed. Read the fields inside tests, not at module level.
 */
export function webAppFixture(dataset: () => unknown = () => JSON.parse(fs.readFileSync(DEMO_FILE, "utf8"))): WebAppFixture {
  const fixture = {} as WebAppFixture;
  const pages: Page[] = [];
  beforeAll(async () => {
    fixture.db = await connectWithDataset(dataset());
    fixture.server = await startServer(fixture.db, { host: "127.0.0.1", port: 0, production: true, log: () => {} });
    fixture.origin = fixture.server.url.replace(/\/graphql$/, "");
    fixture.browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 120_000);
  afterAll(async () => {
    for (const page of pages) await page.close().catch(() => {});
    await fixture.browser?.close();
    await fixture.server?.stop();
    await new Promise((resolve) => fixture.server?.httpServer.close(resolve));
    await fixture.db?.close();
  });
  fixture.open = async (pathname, { width = 1400, height = 900 } = {}) => {
    const page = await fixture.browser.newPage({ viewport: { width, height }, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
    pages.push(page);
    const offsite: string[] = [];
    const pageErrors: string[] = [];
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(fixture.origin) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
      offsite.push(url);
      return route.abort();
    });
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(message.text());
    });
    await page.goto(fixture.origin + pathname, { waitUntil: "networkidle" });
    return { page, offsite, pageErrors };
  };
  fixture.graphql = async (query, variables = {}) => {
    const response = await fetch(fixture.server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data?: any; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  fixture.screenshot = async (page, name) => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const file = path.join(SCREENSHOTS, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    return file;
  };
  return fixture;
}
