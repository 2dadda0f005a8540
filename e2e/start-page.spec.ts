import { expect, expectNoHorizontalScroll, test } from "./fixtures";
import { AYTQ_SERVICE_NAME, StartPage } from "./pages/start-page";

test.describe("Start page", () => {
  test("the home page leads to the start page, on the GOV.UK template", async ({ page }) => {
    const start = new StartPage(page);

    await test.step("/ redirects to the start page", async () => {
      await page.goto("/");
      await expect(page).toHaveURL(StartPage.path);
    });

    await test.step("it says what the service is and how to start", async () => {
      await expect(start.heading).toHaveText(AYTQ_SERVICE_NAME);
      await expect(page).toHaveTitle(/Access your teaching qualifications/);
      await start.expectTemplate(AYTQ_SERVICE_NAME);
      await expect(start.startButton).toBeVisible();
      await expect(start.startButton).toHaveAttribute("href", /.+/);
      await expect(start.beforeYouStart).toBeVisible();
    });
  });

  test("keyboard users can skip to the main content", async ({ page, javaScriptEnabled }) => {
    const start = new StartPage(page);
    await start.goto();
    await expect(start.heading).toBeVisible();
    await start.expectSkipLinkWorks(javaScriptEnabled);
  });

  test("the page reflows at 320 pixels wide", async ({ page }) => {
    const start = new StartPage(page);
    await start.goto();
    await expect(start.heading).toBeVisible();
    await expectNoHorizontalScroll(page);
  });

  test("GOV.UK Frontend is served by the app itself", async ({ page, context, javaScriptEnabled, offsiteRequests }) => {
    const assets: { type: string; url: URL }[] = [];
    context.on("request", (request) => assets.push({ type: request.resourceType(), url: new URL(request.url()) }));
    const start = new StartPage(page);
    await start.goto();
    await page.waitForLoadState("load");

    await test.step("the stylesheet comes from the app and applies GOV.UK's typeface", async () => {
      const stylesheets = assets.filter((a) => a.type === "stylesheet");
      expect(stylesheets.length).toBeGreaterThan(0);
      for (const { url } of stylesheets) expect(url.origin).toBe(new URL(page.url()).origin);
      await expect(start.heading).toHaveCSS("font-family", /GDS Transport/);
    });

    await test.step("fonts come from /assets/", async () => {
      await expect.poll(() => assets.filter((a) => a.type === "font").length).toBeGreaterThan(0);
      for (const { url } of assets.filter((a) => a.type === "font")) expect(url.pathname).toMatch(/^\/assets\/fonts\//);
    });

    await test.step(`GOV.UK's JavaScript ${javaScriptEnabled ? "runs" : "is absent and the page still works"}`, async () => {
      if (javaScriptEnabled) await expect(page.locator("body")).toHaveClass(/\bgovuk-frontend-supported\b/);
      else await expect(page.locator("body")).not.toHaveClass(/\bgovuk-frontend-supported\b/);
      await expect(start.startButton).toBeVisible();
    });

    // Also checked for every test by the offsiteRequests fixture; said here because it is the point.
    expect(offsiteRequests).toEqual([]);
  });

  for (const { name, link, heading, path } of [
    { name: "Cookies", link: "Cookies", heading: /Cookies/, path: "/cookies" },
    { name: "Accessibility statement", link: "Accessibility statement", heading: /Accessibility statement/, path: "/accessibility" },
    { name: "Privacy", link: /^Privacy/, heading: /Privacy/, path: "/privacy" },
  ]) {
    test(`the footer's ${name} link leads to its page`, async ({ page }) => {
      const start = new StartPage(page);
      await start.goto();
      await start.footerLink(link).click();
      await expect(page).toHaveURL(path);
      await expect(start.heading).toHaveText(heading);
      await start.expectTemplate(AYTQ_SERVICE_NAME);
    });
  }
});
