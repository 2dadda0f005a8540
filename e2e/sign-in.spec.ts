// Signing in with a DfE Identity account: a link or a code from an email, read in the in-app
// mailbox; the same answer whether or not an account exists; rate limits; signing out.
// Each email may ask for 5 sign-in emails in 15 minutes, so each test (and each project) signs
// in as a persona of its own.
import { expect, test } from "./fixtures";
import { expectPath, IDENTITY_SERVICE_NAME, submitWith } from "./pages/create-account";
import { NO_ACCOUNT_SUBJECT, SIGN_IN_HEADING, SIGN_IN_SUBJECT, SignInPage } from "./pages/sign-in";

const personaFor = (project: string, js: string, noJs: string) => (project === "js-on" ? js : noJs);
const title = (heading: string) => `${heading} – ${IDENTITY_SERVICE_NAME} – GOV.UK`;

test.describe("Signing in", () => {
  test("by the link in the email, returning to the page they wanted, then signing out", async ({
    page,
    signInPage,
    continueSignInPage,
    signOutPage,
    mailbox,
  }, testInfo) => {
    const email = personaFor(testInfo.project.name, "ciaran.byrne@example.com", "oliver.hughes@example.com");

    await test.step("a protected page sends them to sign in", async () => {
      await page.goto("/qualifications");
      await expectPath(page, "/sign-in?returnTo=%2Fqualifications");
    });

    await test.step("they ask for an email", () => signInPage.askFor(email));

    let link = "";
    await test.step("the email has a link and a code", async () => {
      await mailbox.openNewest(email, SIGN_IN_SUBJECT);
      await expect(mailbox.text()).toContainText("expire in 15 minutes");
      link = (await mailbox.link("Sign in to your DfE Identity account").getAttribute("href"))!;
      await mailbox.link("Sign in to your DfE Identity account").click();
    });

    await test.step("the link opens a page whose button signs them in", async () => {
      await expect(continueSignInPage.heading).toHaveText("Continue to sign in");
      await expect(page).toHaveTitle(title("Continue to sign in"));
      await expect(continueSignInPage.main).toContainText(`You’re signing in to your DfE Identity account as ${email}.`);
      await continueSignInPage.continueButton.click();
      await expectPath(page, "/qualifications");
      await expect(continueSignInPage.heading).toHaveText("Your teaching qualifications");
      // This browser is now known for the address: past the per-address limit it is still served.
      const known = (await page.context().cookies()).find((cookie) => cookie.name === "aytq_known_device");
      expect(known, "the known-device cookie").toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
      expect(known!.expires * 1000).toBeGreaterThan(Date.now() + 179 * 24 * 3600_000);
      expect(known!.value).not.toContain(email.split("@")[0]!);
    });

    await test.step("Sign out is in the service navigation", async () => {
      await expect(continueSignInPage.serviceNavigation.getByRole("link", { name: "Sign out" })).toHaveAttribute("href", "/sign-out");
    });

    await test.step("the link works once, and the problem page's title says what went wrong", async () => {
      await page.goto(link);
      await continueSignInPage.continueButton.click();
      const heading = "This sign-in link has expired or has already been used";
      await expect(continueSignInPage.heading).toHaveText(heading);
      await expect(page).toHaveTitle(title(heading));
    });

    await test.step("signing out asks first, then ends the session", async () => {
      await signOutPage.signOut();
      await page.goto("/qualifications");
      await expectPath(page, "/sign-in?returnTo=%2Fqualifications");
    });
  });

  test("a sign-in link that is cut short says so, in its title too", async ({ page, continueSignInPage }) => {
    await page.goto("/sign-in/continue?token=abc");
    await expect(continueSignInPage.heading).toHaveText("This sign-in link is not valid");
    await expect(page).toHaveTitle(title("This sign-in link is not valid"));
    await expect(continueSignInPage.continueButton).toHaveCount(0);
    await expect(continueSignInPage.main.getByRole("link", { name: "ask for a new link" })).toHaveAttribute("href", "/sign-in");
  });

  test("a sign-in link whose return address is not an address gets the sign-in problem page, not a server error", async ({ page, govukPage }) => {
    await page.goto("/api/auth/callback/email?callbackUrl=not%20an%20address&token=abc&email=someone%40example.com");
    await expectPath(page, "/sign-in/problem?error=CallbackUrl");
    await expect(govukPage.heading).toHaveText("There is a problem with this sign-in link");
    await expect(page).toHaveTitle(title("There is a problem with this sign-in link"));
  });

  test("a problem next-auth does not name has a title matching its heading", async ({ page, govukPage }) => {
    for (const [error, heading] of [
      ["AccessDenied", "You cannot sign in with this link"],
      ["Configuration", "There is a problem signing you in"],
    ] as const) {
      await page.goto(`/sign-in/problem?error=${error}`);
      await expect(govukPage.heading).toHaveText(heading);
      await expect(page).toHaveTitle(title(heading));
    }
  });

  test("by the code, after a wrong one, on the check-email page", async ({ page, signInPage, signInCheckEmailPage, mailbox }, testInfo) => {
    const email = personaFor(testInfo.project.name, "fatima.haddad@example.com", "grace.mensah@example.com");
    await signInPage.goto("/qualifications");
    await signInPage.askFor(email);
    await mailbox.openNewest(email, SIGN_IN_SUBJECT);
    const code = /\b(\d{6})\b/.exec((await mailbox.text().textContent()) ?? "")?.[1];
    expect(code, "the sign-in email carries a 6-digit code").toBeTruthy();

    await page.goto("/sign-in/check-email");
    await expect(signInCheckEmailPage.heading).toHaveText("Check your email");

    await test.step("a wrong code is an error next to the field and in the summary, typed value kept", async () => {
      const wrong = code === "000000" ? "111111" : "000000";
      await signInCheckEmailPage.enter(wrong);
      const summary = signInCheckEmailPage.errorSummary;
      await expect(summary.getByRole("link")).toHaveText("The code is not right, or it has expired. Check the email, or get a new code");
      await expect(summary.getByRole("link")).toHaveAttribute("href", "#code");
      await expect(page.locator("#code-error")).toContainText("The code is not right");
      await expect(signInCheckEmailPage.code).toHaveValue(wrong);
      await expect(page).toHaveTitle(/^Error: Check your email/);
    });

    await test.step("the right code signs them in", async () => {
      await signInCheckEmailPage.enter(code!);
      await expectPath(page, "/qualifications");
      await expect(signInCheckEmailPage.heading).toHaveText("Your teaching qualifications");
    });
  });

  test("a bad email address is an error, with what was typed", async ({ page, signInPage }) => {
    await signInPage.goto();
    await signInPage.email.fill("tomasz.nowak@");
    await submitWith(signInPage.continueButton);
    await expect(signInPage.errorSummary.getByRole("link")).toHaveText("Enter an email address in the correct format, like name@example.com");
    await expect(page.locator("#email-error")).toContainText("Enter an email address in the correct format");
    await expect(signInPage.email).toHaveValue("tomasz.nowak@");
    await expect(page).toHaveTitle(/^Error: Sign in/);
  });

  test("an address with no account gets the same answer, and an email saying how accounts are made", async ({ signInPage, mailbox }, testInfo) => {
    const email = `nobody.${testInfo.project.name}.${Date.now()}@example.com`;
    await signInPage.goto();
    await signInPage.askFor(email);
    await expect(signInPage.main).toContainText(`If ${email} has a DfE Identity account`);
    expect(await mailbox.count(email, SIGN_IN_SUBJECT)).toBe(0);
    await mailbox.openNewest(email, NO_ACCOUNT_SUBJECT);
    await expect(mailbox.text()).toContainText("there is no DfE Identity account for it");
  });

  test("too many requests for one address stop with a clear page and no email", async ({ page, signInPage, mailbox }, testInfo) => {
    const email = `busy.${testInfo.project.name}.${Date.now()}@example.com`;
    for (let i = 0; i < 5; i++) {
      await signInPage.goto();
      await signInPage.askFor(email);
    }
    await signInPage.goto();
    await signInPage.email.fill(email);
    await submitWith(signInPage.continueButton);
    const heading = "You’ve tried to sign in too many times";
    await expect(signInPage.heading).toHaveText(heading);
    await expect(page).toHaveTitle(title(heading));
    expect(await mailbox.count(email, NO_ACCOUNT_SUBJECT)).toBe(5);
  });

  test("a stranger's requests for a teacher's address do not lock out the teacher's own browser", async ({
    page,
    browser,
    signInPage,
    continueSignInPage,
    signOutPage,
    mailbox,
  }, testInfo) => {
    // A sign-in, six requests from two browsers, a sign-out and the mailbox: each page checked with axe.
    test.setTimeout(180_000);
    const copy = await page.request.post("/api/testing/teachers", { data: { persona: "tomasz" } });
    const { email } = (await copy.json()) as { email: string };

    await test.step("the teacher signs in once in this browser", async () => {
      await signInPage.goto();
      await signInPage.askFor(email);
      await mailbox.openNewest(email, SIGN_IN_SUBJECT);
      await mailbox.link("Sign in to your DfE Identity account").click();
      await continueSignInPage.continueButton.click();
      await expectPath(page, "/qualifications");
    });

    await test.step("someone else asks for their address until the limit stops the emails", async () => {
      const stranger = await browser.newContext({ javaScriptEnabled: testInfo.project.use.javaScriptEnabled });
      const strangerSignIn = new SignInPage(await stranger.newPage());
      for (let i = 0; i < 4; i++) {
        await strangerSignIn.goto();
        await strangerSignIn.askFor(email);
      }
      await strangerSignIn.goto();
      await strangerSignIn.email.fill(email);
      await submitWith(strangerSignIn.continueButton);
      await expect(strangerSignIn.heading).toHaveText("You’ve tried to sign in too many times");
      await stranger.close();
    });

    await test.step("the teacher's own browser is still sent an email", async () => {
      await signOutPage.signOut();
      await signInPage.goto();
      await signInPage.askFor(email);
      expect(await mailbox.count(email, SIGN_IN_SUBJECT)).toBe(6);
    });
  });

  test("a return address on another site is ignored", async ({ page, signInPage }) => {
    await signInPage.goto("//evil.example/steal");
    await expect(signInPage.heading).toHaveText(SIGN_IN_HEADING);
    await expect(page.locator('input[name="returnTo"]')).toHaveValue("/qualifications");
  });
});
