import { CONTACT_EMAIL } from "../lib/contact";
import { expect, test } from "./fixtures";
import { AYTQ_SERVICE_NAME, StartPage } from "./pages/start-page";

test.describe("Start page", () => {
  test("the home page leads to the start page, on the GOV.UK template", async ({ page, startPage }) => {
    await test.step("/ redirects to the start page", async () => {
      await page.goto("/");
      await expect(page).toHaveURL(StartPage.path);
    });

    await test.step("it says what the service is and how to start", async () => {
      await expect(startPage.heading).toHaveText(AYTQ_SERVICE_NAME);
      await expect(page).toHaveTitle(/Access your teaching qualifications/);
      await startPage.expectTemplate(AYTQ_SERVICE_NAME);
      await expect(startPage.startButton).toBeVisible();
      await expect(startPage.startButton).toHaveAttribute("href", "/qualifications");
      await expect(startPage.beforeYouStart).toBeVisible();
    });

    await test.step("it promises only what the service does", async () => {
      await expect(startPage.main).toContainText("You set one up from the email we send you when you’re awarded qualified teacher status (QTS).");
      await expect(startPage.main).not.toContainText("teacher reference number");
      await expect(startPage.main).not.toContainText("up to date");
      await expect(startPage.main.getByRole("link", { name: CONTACT_EMAIL })).toHaveAttribute("href", `mailto:${CONTACT_EMAIL}`);
    });
  });

  test("keyboard users can skip to the main content", async ({ startPage, javaScriptEnabled }) => {
    await startPage.goto();
    await expect(startPage.heading).toBeVisible();
    await startPage.expectSkipLinkWorks(javaScriptEnabled);
  });

  test("GOV.UK Frontend is served by the app itself", async ({ page, context, startPage, javaScriptEnabled, offsiteRequests }) => {
    const assets: { type: string; url: URL }[] = [];
    context.on("request", (request) => assets.push({ type: request.resourceType(), url: new URL(request.url()) }));
    await startPage.goto();
    await page.waitForLoadState("load");

    await test.step("the stylesheet comes from the app and applies GOV.UK's typeface", async () => {
      const stylesheets = assets.filter((a) => a.type === "stylesheet");
      expect(stylesheets.length).toBeGreaterThan(0);
      for (const { url } of stylesheets) expect(url.origin).toBe(new URL(page.url()).origin);
      await expect(startPage.heading).toHaveCSS("font-family", /GDS Transport/);
    });

    await test.step("fonts come from /assets/", async () => {
      await expect.poll(() => assets.filter((a) => a.type === "font").length).toBeGreaterThan(0);
      for (const { url } of assets.filter((a) => a.type === "font")) expect(url.pathname).toMatch(/^\/assets\/fonts\//);
    });

    await test.step(`GOV.UK's JavaScript ${javaScriptEnabled ? "runs" : "is absent and the page still works"}`, async () => {
      if (javaScriptEnabled) await expect(page.locator("body")).toHaveClass(/\bgovuk-frontend-supported\b/);
      else await expect(page.locator("body")).not.toHaveClass(/\bgovuk-frontend-supported\b/);
      await expect(startPage.startButton).toBeVisible();
    });

    // Also checked for every test by the offsiteRequests fixture; said here because it is the point.
    expect(offsiteRequests).toEqual([]);
  });

  for (const { name, link, heading, path } of [
    { name: "Cookies", link: "Cookies", heading: /Cookies/, path: "/cookies" },
    { name: "Accessibility statement", link: "Accessibility statement", heading: /Accessibility statement/, path: "/accessibility" },
    { name: "Privacy", link: /^Privacy/, heading: /Privacy/, path: "/privacy" },
  ]) {
    test(`the footer's ${name} link leads to its page`, async ({ page, startPage }) => {
      await startPage.goto();
      await startPage.footerLink(link).click();
      await expect(page).toHaveURL(path);
      await expect(startPage.heading).toHaveText(heading);
      await startPage.expectTemplate(AYTQ_SERVICE_NAME);
    });
  }

  test("the cookies table scrolls inside its own box on a phone, and keyboard users can reach it", async ({ page, startPage }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto("/cookies");
    const table = page.getByRole("region", { name: "Cookies we set" });
    await expect(table.getByRole("table")).toBeVisible();
    await expect(table).toHaveAttribute("tabindex", "0");
    const { scrollWidth, clientWidth } = await table.evaluate((box) => ({ scrollWidth: box.scrollWidth, clientWidth: box.clientWidth }));
    expect(clientWidth).toBeLessThanOrEqual(320);
    expect(scrollWidth, "the table is wider than the screen, so it scrolls in its box").toBeGreaterThan(clientWidth);
    await table.focus();
    await expect(table).toBeFocused();
    await expect(startPage.heading).toHaveText("Cookies");
  });
});
