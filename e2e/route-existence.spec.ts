// Every dynamic page (app/**/[param]/page.tsx), asked for with a made-up parameter by someone who
// may see the page, answers 404 with GOV.UK's "Page not found" as real HTML: with JavaScript off
// too, where Next.js 16 alone would send a blank page for the page's own notFound()
// (lib/next-seams/README.md). The pages are found from app/ (test/app-routes.ts), so a new one
// is asked for here without being listed; app/page-rules.test.ts fails first if it has no rule.
import { CONTACT_EMAIL } from "../lib/contact";
import { dynamicPages } from "../test/app-routes";
import { expect, test } from "./fixtures/session";

const MADE_UP = "made-up-0000";

/** Who may see the pages under each section (signed in, the 404 is the page's answer, not the gate's). */
const VIEWER: Record<string, string | null> = {
  "/support/": "admin@example.com",
  "/account/": "daniel.osei@example.com",
  "/mailbox/": null,
};

for (const { route } of dynamicPages()) {
  const address = route.replace(/\[[^\]]+\]/g, MADE_UP);
  test(`${route} with a made-up parameter answers 404 with GOV.UK's page not found`, async ({ page, govukPage, signedInAs }) => {
    const section = Object.keys(VIEWER).find((prefix) => route.startsWith(prefix));
    expect(section, `who may see ${route}? Add its section to VIEWER`).toBeDefined();
    const viewer = VIEWER[section!];
    if (viewer) await signedInAs(viewer);

    const response = await page.goto(address);
    expect(response?.status(), address).toBe(404);
    const html = await response!.text();
    expect(html, "the page as HTML, not Next's empty error document").toContain("Page not found");
    expect(html).not.toContain("__next_error__");
    await expect(govukPage.heading).toHaveText("Page not found");
    await expect(govukPage.main.getByRole("link", { name: CONTACT_EMAIL })).toBeVisible();
  });
}
