// A page that fails while rendering (a bug) answers 500 with GOV.UK's "Sorry, there is a problem
// with the service" page as real HTML, so it shows with JavaScript off too; Next 16 alone sends an
// empty document that only JavaScript fills in (lib/http/server-error-pages.ts). The failing page
// is a journey-test page whose server code throws: APP_ENV=test only (lib/testing/pages.ts).
// The replacement itself is unit-tested in lib/http/server-error-pages.test.ts.
import { CONTACT_EMAIL } from "../lib/contact";
import { expect, expectAccessible, test } from "./fixtures";
import { AYTQ_SERVICE_NAME } from "./pages/start-page";

const FAILING_PAGE = "/testing/failing-page";

test("a page that fails answers 500 with GOV.UK's 'Sorry, there is a problem with the service', drawn by the server", async ({
  page,
  govukPage,
  javaScriptEnabled,
}) => {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    // The browser logs the page's own status as an error; that one is on purpose.
    if (message.type() === "error" && !/status of 500/.test(message.text())) problems.push(`console: ${message.text()}`);
  });

  await test.step("the server says 500 and sends the page itself, under the response's own nonce", async () => {
    const response = await page.goto(FAILING_PAGE);
    expect(response?.status()).toBe(500);
    const headers = await response!.allHeaders();
    expect(headers["content-type"]).toMatch(/^text\/html/);
    const nonce = /'nonce-([^']+)'/.exec(headers["content-security-policy"] ?? "")?.[1];
    expect(nonce, "a nonce in the Content-Security-Policy").toBeTruthy();

    const html = await response!.text();
    expect(html).toContain('<h1 class="govuk-heading-l">Sorry, there is a problem with the service</h1>');
    expect(html, "Next's empty error document").not.toContain("__next_error__");
    expect(html, "the error's message").not.toContain("fails on purpose");
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    expect(
      scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`)),
      "scripts without the response's nonce",
    ).toEqual([]);
  });

  await test.step("the page is GOV.UK's, inside the template, at the address asked for", async () => {
    await expect(govukPage.heading).toHaveText("Sorry, there is a problem with the service");
    await expect(page).toHaveTitle(/^Sorry, there is a problem with the service – /);
    await govukPage.expectTemplate(AYTQ_SERVICE_NAME);
    await expect(govukPage.main).toContainText("Try again later.");
    await expect(govukPage.main.getByRole("link", { name: CONTACT_EMAIL })).toBeVisible();
    await expect(page).toHaveURL(FAILING_PAGE);
  });

  await test.step("with JavaScript on, React and GOV.UK Frontend start on it without an error", async () => {
    if (javaScriptEnabled) {
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { __appHydrated?: boolean }).__appHydrated === true), { message: "React hydrated" })
        .toBe(true);
      await expect.poll(() => page.evaluate(() => document.body.classList.contains("govuk-frontend-supported"))).toBe(true);
      // Still the problem page, where it was: hydrating did not navigate or redraw it.
      await expect(govukPage.heading).toHaveText("Sorry, there is a problem with the service");
      await expect(page).toHaveURL(FAILING_PAGE);
    }
    expect(problems).toEqual([]);
  });

  await expectAccessible(page);
});
