// Research mode, on a server of its own (playwright.config.ts: research mode on, a shared
// password, its own database): the password gate, the banner, starting participants as copies
// of personas without an inbox, and the reset. The tests run in order; the last one resets.
import type { Page } from "@playwright/test";
import { RESEARCH_PASSWORD } from "../playwright.config";
import { expectNoHorizontalScroll } from "./fixtures";
import { expect, test } from "./fixtures/session";
import {
  CheckAnswersPage,
  ConfirmEmailPage,
  DateOfBirthPage,
  expectPath,
  LinkPage,
  Mailbox,
  MobilePage,
  NamePage,
  QuestionPage,
  submitWith,
} from "./pages/create-account";

test.describe.configure({ mode: "serial" });

const BANNER = "This is a research version of the service. It does not use real data.";

async function passGate(page: Page, then = "/research") {
  await page.goto(then);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Enter the password for this research version");
  await page.getByLabel("Password").fill(RESEARCH_PASSWORD);
  await submitWith(page.getByRole("button", { name: "Continue" }));
}

async function startAs(page: Page, persona: string, how: "copy" | "persona") {
  const row = page.getByRole("row", { name: new RegExp(persona) });
  await submitWith(row.getByRole("button", { name: how === "copy" ? /^Start as a new copy/ : /^Start as .* \(the shared persona\)$/ }));
}

/** The TRN in "Your details" on the qualifications page. */
async function trnShown(page: Page): Promise<string> {
  return (await page.locator("#your-details-heading").locator("..").locator("dd").nth(1).innerText()).trim();
}

test.describe("Research mode", () => {
  test("every page first asks for the shared password; a wrong one is refused", async ({ page }) => {
    await page.goto("/qualifications");
    await expectPath(page, "/research/password?returnTo=%2Fqualifications");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Enter the password for this research version");
    await expect(page.locator(".app-research-banner")).toContainText(BANNER);
    await expectNoHorizontalScroll(page);

    await page.getByLabel("Password").fill("not the password");
    await submitWith(page.getByRole("button", { name: "Continue" }));
    await new QuestionPage(page).expectErrors([{ message: "The password is not right", href: "#password" }]);
    await expect(page).toHaveTitle(/^Error: Enter the password/);

    await page.getByLabel("Password").fill(RESEARCH_PASSWORD);
    await submitWith(page.getByRole("button", { name: "Continue" }));
    // Where they wanted to go: signed out, the qualifications page asks them to sign in.
    await expectPath(page, "/sign-in?returnTo=%2Fqualifications");
    await expect(page.locator(".app-research-banner")).toContainText(BANNER);
    // The health check and the intake API are never gated.
    expect((await page.request.get("/api/health", { maxRedirects: 0 })).status()).toBe(200);
  });

  test("a new copy of 3000001 opens her invitation; the email is in the mailbox; set-up completes", async ({ page }) => {
    await passGate(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Research personas");
    await expectNoHorizontalScroll(page);
    await startAs(page, "Amara Okafor", "copy");

    const link = new LinkPage(page);
    await expect(link.heading).toHaveText("Amara, you’ve been awarded qualified teacher status (QTS)");
    const token = new URL(page.url()).searchParams.get("trn_token")!;
    const trn = await test.step("the copy has its own TRN, and its invitation is in the mailbox", async () => {
      await page.goto("/mailbox");
      const row = page.getByRole("row", { name: /amara\.okafor\+39\d{5}@example\.com/ }).first();
      const address = /amara\.okafor\+(39\d{5})@example\.com/.exec(await row.innerText())!;
      await new Mailbox(page).followInvitation(address[0]);
      expect(new URL(page.url()).searchParams.get("trn_token")).toBe(token);
      return address[1]!;
    });

    await link.startButton.click();
    await new NamePage(page).answer("Amara", "Okafor");
    await new DateOfBirthPage(page).answer("12", "4", "1998");
    await new MobilePage(page).answer("07700 900 123");
    await new ConfirmEmailPage(page).answer(true);
    await expectPath(page, CheckAnswersPage.path);
    await submitWith(new CheckAnswersPage(page).createAccountButton);
    await expect(page.locator(".govuk-panel__title")).toHaveText("Account created");
    await page.goto("/qualifications");
    expect(await trnShown(page)).toBe(trn);
  });

  test("two participants as copies of 3000002 each see their own record", async ({ page, browser }) => {
    await passGate(page);
    await startAs(page, "Tomasz Nowak", "copy");
    await expectPath(page, "/qualifications");
    const first = await trnShown(page);

    const other = await browser.newContext({ javaScriptEnabled: test.info().project.use.javaScriptEnabled });
    try {
      const second = await other.newPage();
      await passGate(second);
      await startAs(second, "Tomasz Nowak", "copy");
      await expectPath(second, "/qualifications");
      const secondTrn = await trnShown(second);
      expect(first).toMatch(/^39\d{5}$/);
      expect(secondTrn).toMatch(/^39\d{5}$/);
      expect(secondTrn).not.toBe(first);
      await page.reload();
      expect(await trnShown(page)).toBe(first);
    } finally {
      await other.close();
    }
  });

  test("the reset removes every copy and every email, and says how many", async ({ page }) => {
    await passGate(page);
    await startAs(page, "Tomasz Nowak", "copy");
    await expectPath(page, "/qualifications");
    const copy = await trnShown(page);

    await passGate(page, "/research/reset").catch(() => page.goto("/research/reset"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reset the research data");
    await submitWith(page.getByRole("button", { name: "Reset the data" }));
    await expect(page.locator(".govuk-notification-banner--success")).toContainText(/Removed [1-9]\d* cop(y|ies) and [1-9]\d* emails?/);

    await page.goto("/mailbox");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mailbox");
    await expect(page.getByText(/\+39\d{5}@example\.com/)).toHaveCount(0);
    // The copy's session went with it.
    await page.goto("/qualifications");
    await expectPath(page, "/sign-in?returnTo=%2Fqualifications");
    expect(copy).toMatch(/^39\d{5}$/);
  });
});
