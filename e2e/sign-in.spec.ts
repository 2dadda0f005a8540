// Signing in with a DfE Identity account: a link or a code from an email, read in the in-app
// mailbox; the same answer whether or not an account exists; rate limits; signing out.
// Each email may ask for 5 sign-in emails in 15 minutes, so each test (and each project) signs
// in as a persona of its own.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectPath, Mailbox, submitWith } from "./pages/create-account";

const SIGN_IN_SUBJECT = "Sign in to Access your teaching qualifications";
const NO_ACCOUNT_SUBJECT = "Signing in to Access your teaching qualifications";

const personaFor = (project: string, js: string, noJs: string) => (project === "js-on" ? js : noJs);

async function askToSignIn(page: Page, email: string) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to your DfE Identity account");
  await page.getByLabel("Email address").fill(email);
  await submitWith(page.getByRole("button", { name: "Continue" }));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
}

async function newestCode(page: Page, email: string): Promise<string> {
  const mailbox = new Mailbox(page);
  await mailbox.openNewest(email, SIGN_IN_SUBJECT);
  const code = /\b(\d{6})\b/.exec((await mailbox.text().textContent()) ?? "")?.[1];
  expect(code, "the sign-in email carries a 6-digit code").toBeTruthy();
  return code!;
}

test.describe("Signing in", () => {
  test("by the link in the email, returning to the page they wanted, then signing out", async ({ page }, testInfo) => {
    const email = personaFor(testInfo.project.name, "ciaran.byrne@example.com", "oliver.hughes@example.com");

    await test.step("a protected page sends them to sign in", async () => {
      await page.goto("/qualifications");
      await expectPath(page, "/sign-in?returnTo=%2Fqualifications");
    });

    await test.step("they ask for an email", () => askToSignIn(page, email));

    const mailbox = new Mailbox(page);
    let link = "";
    await test.step("the email has a link and a code", async () => {
      await mailbox.openNewest(email, SIGN_IN_SUBJECT);
      await expect(mailbox.text()).toContainText("expire in 15 minutes");
      link = (await mailbox.link("Sign in to your DfE Identity account").getAttribute("href"))!;
      await mailbox.link("Sign in to your DfE Identity account").click();
    });

    await test.step("the link opens a page whose button signs them in", async () => {
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Continue to sign in");
      await page.getByRole("button", { name: "Continue to sign in" }).click();
      await expectPath(page, "/qualifications");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your teaching qualifications");
    });

    await test.step("the link works once", async () => {
      await page.goto(link);
      await page.getByRole("button", { name: "Continue to sign in" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("This sign-in link has expired or has already been used");
    });

    await test.step("signing out asks first, then ends the session", async () => {
      await page.goto("/sign-out");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Are you sure you want to sign out?");
      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("You have signed out");
      await page.goto("/qualifications");
      await expectPath(page, "/sign-in?returnTo=%2Fqualifications");
    });
  });

  test("by the code, after a wrong one, on the check-email page", async ({ page }, testInfo) => {
    const email = personaFor(testInfo.project.name, "fatima.haddad@example.com", "grace.mensah@example.com");
    await page.goto("/sign-in?returnTo=/qualifications");
    await askToSignIn(page, email);
    const code = await newestCode(page, email);

    await page.goto("/sign-in/check-email");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");

    await test.step("a wrong code is an error next to the field and in the summary, typed value kept", async () => {
      const wrong = code === "000000" ? "111111" : "000000";
      await page.getByLabel("Enter the 6-digit code from the email").fill(wrong);
      await submitWith(page.getByRole("button", { name: "Sign in" }));
      const summary = page.locator(".govuk-error-summary");
      await expect(summary.getByRole("link")).toHaveText("The code is not right, or it has expired. Check the email, or get a new code");
      await expect(summary.getByRole("link")).toHaveAttribute("href", "#code");
      await expect(page.locator("#code-error")).toContainText("The code is not right");
      await expect(page.getByLabel("Enter the 6-digit code from the email")).toHaveValue(wrong);
      await expect(page).toHaveTitle(/^Error: Check your email/);
    });

    await test.step("the right code signs them in", async () => {
      await page.getByLabel("Enter the 6-digit code from the email").fill(code);
      await submitWith(page.getByRole("button", { name: "Sign in" }));
      await expectPath(page, "/qualifications");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your teaching qualifications");
    });
  });

  test("a bad email address is an error, with what was typed", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill("tomasz.nowak@");
    await submitWith(page.getByRole("button", { name: "Continue" }));
    await expect(page.locator(".govuk-error-summary").getByRole("link")).toHaveText(
      "Enter an email address in the correct format, like name@example.com",
    );
    await expect(page.locator("#email-error")).toContainText("Enter an email address in the correct format");
    await expect(page.getByLabel("Email address")).toHaveValue("tomasz.nowak@");
    await expect(page).toHaveTitle(/^Error: Sign in/);
  });

  test("an address with no account gets the same answer, and an email saying how accounts are made", async ({ page }, testInfo) => {
    const email = `nobody.${testInfo.project.name}.${Date.now()}@example.com`;
    await page.goto("/sign-in");
    await askToSignIn(page, email);
    await expect(page.getByRole("main")).toContainText(`If ${email} has a DfE Identity account`);
    const mailbox = new Mailbox(page);
    expect(await mailbox.count(email, SIGN_IN_SUBJECT)).toBe(0);
    await mailbox.openNewest(email, NO_ACCOUNT_SUBJECT);
    await expect(mailbox.text()).toContainText("there is no DfE Identity account for it");
  });

  test("too many requests for one address stop with a clear page and no email", async ({ page }, testInfo) => {
    const email = `busy.${testInfo.project.name}.${Date.now()}@example.com`;
    for (let i = 0; i < 5; i++) {
      await page.goto("/sign-in");
      await askToSignIn(page, email);
    }
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(email);
    await submitWith(page.getByRole("button", { name: "Continue" }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You've tried to sign in too many times");
    expect(await new Mailbox(page).count(email, NO_ACCOUNT_SUBJECT)).toBe(5);
  });

  test("a return address on another site is ignored", async ({ page }) => {
    await page.goto("/sign-in?returnTo=//evil.example/steal");
    await expect(page.locator('input[name="returnTo"]')).toHaveValue("/qualifications");
  });
});
