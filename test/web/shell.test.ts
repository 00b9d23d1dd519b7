/** The app's frame in Chromium: navigation, language switch, search box, and nothing fetched from elsewhere. */
import { describe, expect, it } from "vitest";
import { webAppFixture } from "../support/browser";

const app = webAppFixture();

describe("the web app's frame", () => {
  it("opens at / in Vietnamese, with a navigation bar to every view, and loads nothing from elsewhere", async () => {
    const { page, offsite, pageErrors } = await app.open("/");
    // The app sends / on to /coverage from its script, which may still be running when the page has loaded.
    await page.waitForURL((url) => url.pathname === "/coverage");
    expect(new URL(page.url()).pathname).toBe("/coverage");
    expect(await page.getAttribute("html", "lang")).toBe("vi");
    const nav = page.getByRole("navigation");
    for (const name of ["Độ phủ theo quốc gia", "Hiệu quả quan hệ", "Tình hình báo cáo", "Nhiệm vụ", "Thỏa thuận", "Giấy phép PCPNN", "GraphiQL"]) await expect(nav.getByRole("link", { name }).count()).resolves.toBe(1);
    await app.screenshot(page, "shell-vi");
    expect(offsite).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("switches to English and back, keeping the rest of the URL", async () => {
    const { page } = await app.open("/effectiveness?fromYear=2018&toYear=2020");
    await page.getByRole("button", { name: /English/ }).click();
    expect(new URL(page.url()).searchParams.get("lang")).toBe("en");
    expect(new URL(page.url()).searchParams.get("fromYear")).toBe("2018");
    await expect.poll(() => page.getAttribute("html", "lang")).toBe("en");
    await expect(page.getByRole("link", { name: "Coverage by country" }).count()).resolves.toBe(1);
    // Links keep the language.
    expect(await page.getByRole("link", { name: "Reporting" }).getAttribute("href")).toBe("/reporting?lang=en");
    await page.getByRole("button", { name: /Tiếng Việt/ }).click();
    expect(new URL(page.url()).searchParams.get("lang")).toBeNull();
  });

  it("searches from the box on every page", async () => {
    const { page } = await app.open("/reporting");
    await page.getByLabel("Tìm đối tác, cơ quan").fill("khanh hoa");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/search\?q=khanh\+hoa/);
  });
});
