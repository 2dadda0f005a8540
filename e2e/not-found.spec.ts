import { CONTACT_EMAIL } from "../lib/contact";
import { expect, test } from "./fixtures";
import { AYTQ_SERVICE_NAME } from "./pages/start-page";

test("an unknown address answers 404 with GOV.UK's page not found", async ({ page, govukPage }) => {
  await test.step("the server says 404", async () => {
    const response = await page.goto("/qualifications/no-such-page");
    expect(response?.status()).toBe(404);
  });

  await test.step("the page is GOV.UK's, inside the template, with the contact address", async () => {
    await expect(govukPage.heading).toHaveText("Page not found");
    await expect(page).toHaveTitle(/Page not found/);
    await govukPage.expectTemplate(AYTQ_SERVICE_NAME);
    await expect(govukPage.main.getByRole("link", { name: CONTACT_EMAIL })).toBeVisible();
  });
});

// proxy.ts shows this page, with status 503, while the database does not answer
// (lib/db/outage.test.ts cuts it): here, that it is GOV.UK's page, built with the app.
test("the page for an outage is GOV.UK's 'Sorry, there is a problem with the service'", async ({ page, govukPage }) => {
  await page.goto("/service-problem");
  await expect(govukPage.heading).toHaveText("Sorry, there is a problem with the service");
  await expect(page).toHaveTitle(/^Sorry, there is a problem with the service – /);
  await govukPage.expectTemplate(AYTQ_SERVICE_NAME);
  await expect(govukPage.main).toContainText("Try again later.");
  await expect(govukPage.main.getByRole("link", { name: CONTACT_EMAIL })).toBeVisible();
});

test("a malformed escape in a certificate address answers 404 with GOV.UK's page, not a server error", async ({ page, govukPage }) => {
  for (const path of ["/qualifications/certificates/%C0%AE", "/qualifications/certificates/%E0%A4%A"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(govukPage.heading).toHaveText("Page not found");
  }
});
