// Setting up a DfE Identity account from the invitation email (journey 1 in docs/domain.md).
//
// An invitation can be used once per database, and both projects (js-on, js-off) run against
// the same server. So the seeded persona 3000001 (Amara) registers in js-on only, and js-off
// registers a brand-new teacher whom the test itself creates through the intake API; every
// other test here makes its own teacher the same way.
import { expect, test } from "./fixtures";
import {
  AccountCreatedPage,
  awardQtsToNewTeacher,
  CheckAnswersPage,
  ConfirmEmailPage,
  DateOfBirthPage,
  EmailCodePage,
  expectPath,
  IDENTITY_SERVICE_NAME,
  LinkPage,
  MobilePage,
  NamePage,
  OtherEmailPage,
  submitWith,
} from "./pages/create-account";
import { AYTQ_SERVICE_NAME } from "./pages/start-page";

const AMARA = { trn: "3000001", firstName: "Amara", lastName: "Okafor", email: "amara.okafor@example.com" };

test.describe("Setting up an account from the invitation email", () => {
  test("a teacher follows the link, answers each question and lands on their qualifications, signed in", async ({
    page,
    request,
    mailbox,
    linkPage: link,
    namePage: name,
    dateOfBirthPage: dateOfBirth,
    mobilePage: mobile,
    confirmEmailPage: confirmEmail,
    checkAnswersPage: checkAnswers,
    accountCreatedPage: created,
    signOutPage,
  }, testInfo) => {
    // A long journey, with axe on every page it sees, on a shared 2-core machine.
    test.setTimeout(240_000);
    // Amara's seeded invitation works once per database: js-on takes it, js-off a new teacher.
    const teacher = testInfo.project.name === "js-on" ? AMARA : await awardQtsToNewTeacher(request, "Jordan", "Achterberg");
    let token = "";

    await test.step("the invitation email's link opens a start page that greets them by name", async () => {
      token = await mailbox.followInvitation(teacher.email);
      await expect(link.heading).toHaveText(`${teacher.firstName}, you’ve been awarded qualified teacher status (QTS)`);
      await expect(page).toHaveTitle(`You’ve been awarded qualified teacher status (QTS) – ${AYTQ_SERVICE_NAME} – GOV.UK`);
      await link.expectTemplate(AYTQ_SERVICE_NAME);
      await expect(link.main).toContainText("mobile number");
    });

    await test.step("opening the link again changes nothing (GET uses nothing up)", async () => {
      await page.reload();
      await expect(link.heading).toContainText(teacher.firstName);
    });

    await test.step("Start now (a POST) asks for their name", async () => {
      await link.startButton.click();
      await expectPath(page, NamePage.path);
      await expect(name.heading).toHaveText("What is your name?");
      await expect(page).toHaveTitle(`What is your name? – ${IDENTITY_SERVICE_NAME} – GOV.UK`);
      await name.expectTemplate(IDENTITY_SERVICE_NAME);
      await expect(name.firstName).toHaveAttribute("autocomplete", "given-name");
      await expect(name.lastName).toHaveAttribute("autocomplete", "family-name");
      await expect(name.firstName).toHaveAttribute("spellcheck", "false");
      await expect(name.main).toContainText("can be different from the name on your teaching record");
      await expect(name.backLink).toHaveAttribute("href", LinkPage.url(token));
    });

    await test.step("a page further on sends them back to the first unanswered question", async () => {
      await page.goto(CheckAnswersPage.path);
      await expectPath(page, NamePage.path);
    });

    await test.step("an empty name is refused with GOV.UK errors", async () => {
      await name.continue();
      await name.expectErrors([
        { message: "Enter your first name", href: "#firstName" },
        { message: "Enter your last name", href: "#lastName" },
      ]);
      await expect(page).toHaveTitle(/What is your name\?/);
      await expect(name.fieldError("firstName")).toHaveText("Error: Enter your first name");
    });

    await test.step("their name → date of birth", async () => {
      await name.answer(teacher.firstName, teacher.lastName);
      await expectPath(page, DateOfBirthPage.path);
      await expect(dateOfBirth.heading).toHaveText("What is your date of birth?");
      await expect(dateOfBirth.main).toContainText("For example, 27 3 2007");
      await expect(dateOfBirth.day).toHaveAttribute("autocomplete", "bday-day");
      await expect(dateOfBirth.backLink).toHaveAttribute("href", NamePage.path);
    });

    await test.step("a month that does not exist: only the month is highlighted, and what they typed comes back", async () => {
      await dateOfBirth.answer("12", "13", "1998");
      await dateOfBirth.expectErrors([{ message: "Date of birth must be a real date", href: "#dateOfBirth-month" }]);
      await expect(dateOfBirth.fieldError("dateOfBirth")).toHaveText("Error: Date of birth must be a real date");
      await expect(dateOfBirth.month).toHaveClass(/govuk-input--error/);
      await expect(dateOfBirth.day).not.toHaveClass(/govuk-input--error/);
      await expect(dateOfBirth.year).not.toHaveClass(/govuk-input--error/);
      await expect(dateOfBirth.day).toHaveValue("12");
      await expect(dateOfBirth.month).toHaveValue("13");
      await expect(dateOfBirth.year).toHaveValue("1998");
      await dateOfBirth.errorSummary.getByRole("link").click();
      await expect(dateOfBirth.month).toBeFocused();
    });

    await test.step("a real date of birth → mobile number", async () => {
      await dateOfBirth.answer("12", "4", "1998");
      await expectPath(page, MobilePage.path);
      await expect(mobile.heading).toHaveText("What is your mobile number?");
      await expect(mobile.mobile).toHaveAttribute("type", "tel");
      await expect(mobile.mobile).toHaveAttribute("autocomplete", "tel");
      await expect(mobile.main).toContainText("contact you about your account");
    });

    await test.step("a number that is not a mobile is refused", async () => {
      await mobile.answer("0113 496 0000");
      await mobile.expectErrors([{ message: "Enter a mobile number, like 07700 900 982 or +44 7700 900 982", href: "#mobile" }]);
      await expect(mobile.mobile).toHaveValue("0113 496 0000");
    });

    await test.step("their mobile → is the invitation's email the one to use?", async () => {
      await mobile.answer("07700 900 123");
      await expectPath(page, ConfirmEmailPage.path);
      await expect(confirmEmail.heading).toHaveText("Confirm your email address");
      await expect(confirmEmail.question(teacher.email)).toBeVisible();
    });

    await test.step("the answers so far are kept: back to the mobile page shows it", async () => {
      await confirmEmail.backLink.click();
      await expectPath(page, MobilePage.path);
      await expect(mobile.mobile).toHaveValue("07700 900123");
      await mobile.continue();
      await expectPath(page, ConfirmEmailPage.path);
    });

    await test.step("no answer is refused", async () => {
      await confirmEmail.continue();
      await confirmEmail.expectErrors([{ message: "Select yes if you want to use this email address", href: "#useEmail" }]);
    });

    await test.step("yes → check your answers", async () => {
      await confirmEmail.answer(true);
      await expectPath(page, CheckAnswersPage.path);
      await expect(checkAnswers.heading).toHaveText("Check your answers before creating your account");
      await expect(checkAnswers.value("Name")).toHaveText(`${teacher.firstName} ${teacher.lastName}`);
      await expect(checkAnswers.value("Date of birth")).toHaveText("12 April 1998");
      await expect(checkAnswers.value("Mobile number")).toHaveText("07700 900123");
      await expect(checkAnswers.value("Email address")).toHaveText(teacher.email);
    });

    await test.step("Change goes to the question with the saved answer, and back to check your answers", async () => {
      await checkAnswers.changeLink("date of birth").click();
      await expectPath(page, `${DateOfBirthPage.path}?change=1`);
      await expect(dateOfBirth.day).toHaveValue("12");
      await expect(dateOfBirth.month).toHaveValue("4");
      await expect(dateOfBirth.year).toHaveValue("1998");
      await expect(dateOfBirth.backLink).toHaveAttribute("href", CheckAnswersPage.path);
      await dateOfBirth.answer("11", "4", "1998");
      await expectPath(page, CheckAnswersPage.path);
      await expect(checkAnswers.value("Date of birth")).toHaveText("11 April 1998");
    });

    await test.step("Create account → Account created, signed in", async () => {
      await submitWith(checkAnswers.createAccountButton);
      await expectPath(page, AccountCreatedPage.path);
      await expect(created.panel.getByRole("heading", { level: 1 })).toHaveText("Account created");
      await expect(page).toHaveTitle(`Account created – ${IDENTITY_SERVICE_NAME} – GOV.UK`);
      await expect(created.main.getByRole("heading", { name: "What happens next" })).toBeVisible();
    });

    await test.step("the button names where it goes → their qualifications", async () => {
      await created.qualificationsButton.click();
      await expectPath(page, "/qualifications");
      await expect(created.heading).toHaveText("Your teaching qualifications");
      await expect(created.main).toContainText(teacher.trn);
    });

    await test.step("the journey is over: its pages say so", async () => {
      await page.goto(NamePage.path);
      await expectPath(page, "/create-account/not-available");
      await expect(created.heading).toHaveText("You cannot continue setting up an account here");
    });

    await test.step("the same link now says they already have an account and, signed in, takes them to it", async () => {
      await page.goto(LinkPage.url(token));
      await expect(link.heading).toHaveText("You already have an account");
      await expect(page).toHaveTitle(`You already have an account – ${AYTQ_SERVICE_NAME} – GOV.UK`);
      await expect(link.main).toContainText("you’re signed in");
      await expect(link.signInButton).toHaveCount(0);
      await expect(link.qualificationsButton).toHaveAttribute("href", "/qualifications");
    });

    await test.step("signed out, the same link asks them to sign in", async () => {
      await signOutPage.signOut();
      await page.goto(LinkPage.url(token));
      await expect(link.heading).toHaveText("You already have an account");
      await expect(link.signInButton).toHaveAttribute("href", "/sign-in");
      await expect(link.qualificationsButton).toHaveCount(0);
    });
  });

  test("a teacher who wants another email address confirms it with a code", async ({
    page,
    request,
    mailbox,
    linkPage,
    namePage,
    dateOfBirthPage,
    mobilePage,
    confirmEmailPage,
    otherEmailPage: otherEmail,
    emailCodePage: codePage,
    checkAnswersPage: checkAnswers,
    accountCreatedPage,
  }) => {
    test.setTimeout(180_000);
    const teacher = await awardQtsToNewTeacher(request, "Kofi", "Mensah");
    const other = `kofi.${teacher.trn}@example.org`;

    await test.step("up to the email question", async () => {
      await mailbox.followInvitation(teacher.email);
      await linkPage.startButton.click();
      await namePage.answer(teacher.firstName, teacher.lastName);
      await dateOfBirthPage.answer("3", "Nov", "1990");
      await mobilePage.answer("+44 7700 900 456");
      await expectPath(page, ConfirmEmailPage.path);
    });

    await test.step("no → another address", async () => {
      await confirmEmailPage.answer(false);
      await expectPath(page, OtherEmailPage.path);
      await expect(otherEmail.heading).toHaveText("What email address do you want to use?");
      await expect(otherEmail.backLink).toHaveAttribute("href", ConfirmEmailPage.path);
    });

    await test.step("a shared mailbox and an address another account uses are refused", async () => {
      await otherEmail.answer("office@example.org");
      await otherEmail.expectErrors([{ message: "Enter your own email address, not a shared one like office@ or head@", href: "#email" }]);
      await expect(otherEmail.email).toHaveValue("office@example.org");
      await otherEmail.answer("tomasz.nowak@example.com");
      await otherEmail.expectErrors([{ message: "This email address is already used by another DfE Identity account", href: "#email" }]);
    });

    await test.step("their own address → a code is sent there", async () => {
      await otherEmail.answer(other);
      await expectPath(page, EmailCodePage.path);
      await expect(codePage.heading).toHaveText("Check your email");
      await expect(codePage.main).toContainText(other);
      await expect(codePage.useDifferentEmail).toHaveAttribute("href", OtherEmailPage.path);
    });

    let code = await test.step("the code arrives in their mailbox", () => mailbox.newestEmailCode(other));

    await test.step("a wrong code is refused", async () => {
      await page.goto(EmailCodePage.path);
      const wrong = code.replace(/\d$/, (d) => String((Number(d) + 1) % 10));
      await codePage.enter(wrong);
      await codePage.expectErrors([{ message: "The code is not right. Check the email and try again", href: "#code" }]);
      await expect(codePage.code).toHaveValue(wrong);
    });

    await test.step("Send a new code sends another", async () => {
      await submitWith(codePage.sendNewCode);
      await expect(codePage.banner).toContainText(`We’ve sent a new code to ${other}`);
      await expect(codePage.errorSummary).toHaveCount(0);
      code = await mailbox.newestEmailCode(other);
    });

    await test.step("the right code confirms the address", async () => {
      await page.goto(EmailCodePage.path);
      await codePage.enter(code);
      await expectPath(page, CheckAnswersPage.path);
      await expect(checkAnswers.value("Email address")).toHaveText(other);
      await expect(checkAnswers.value("Mobile number")).toHaveText("07700 900456");
      await expect(checkAnswers.value("Date of birth")).toHaveText("3 November 1990");
    });

    await test.step("the account is created with that address", async () => {
      await submitWith(checkAnswers.createAccountButton);
      await expectPath(page, AccountCreatedPage.path);
      await expect(accountCreatedPage.main).toContainText(`Next time, sign in with ${other}`);
    });
  });

  test("the journey's pages need a journey started from a link", async ({ page }) => {
    for (const path of [NamePage.path, CheckAnswersPage.path, "/create-account"]) {
      await page.goto(path);
      await expectPath(page, "/create-account/not-available");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("You cannot continue setting up an account here");
      await expect(page.getByRole("button", { name: "Sign in" }).or(page.getByRole("link", { name: "Sign in", exact: true }))).toBeVisible();
    }
  });

  test("Start now and Create account refuse posts from other sites", async ({ request }) => {
    for (const path of ["/qualifications/start/begin", "/create-account/complete"]) {
      const response = await request.post(path, { headers: { Origin: "https://elsewhere.example" }, form: { trn_token: "x" } });
      expect(response.status(), path).toBe(403);
    }
  });
});
