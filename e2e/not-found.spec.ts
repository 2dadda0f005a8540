import { expect, test } from "./fixtures";
import { GovukPage } from "./pages/govuk-page";
import { AYTQ_SERVICE_NAME } from "./pages/start-page";

test("an unknown address answers 404 with GOV.UK's page not found", async ({ page }) => {
  const notFound = new GovukPage(page);

  await test.step("the server says 404", async () => {
    const response = await page.goto("/qualifications/no-such-page");
    expect(response?.status()).toBe(404);
  });

  await test.step("the page is GOV.UK's, inside the template", async () => {
    await expect(notFound.heading).toHaveText("Page not found");
    await expect(page).toHaveTitle(/Page not found/);
    await notFound.expectTemplate(AYTQ_SERVICE_NAME);
  });
});
