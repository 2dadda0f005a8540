// The DfE Identity account (/account): changing the account's details, a new email verified by
// a code from the mailbox, and asking to change the record's name with a document. Each test
// acts on a fresh copy of a persona (POST /api/testing/teachers), so the two projects and other
// specs never change the same teacher.
import { expectNoHorizontalScroll } from "./fixtures";
import { expect, test } from "./fixtures/session";
import { AccountPage, IDENTITY_SERVICE_NAME } from "./pages/account";
import { expectPath, Mailbox, QuestionPage, submitWith } from "./pages/create-account";
import { QualificationsPage } from "./pages/qualifications";

const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

test.describe("Your DfE Identity account", () => {
  test("reached from the qualifications page; the mobile number is changed, with a clear error first", async ({ page, newTeacher }) => {
    await newTeacher("tomasz");
    const account = new AccountPage(page);
    const question = new QuestionPage(page);

    await test.step("from the qualifications page, through the interstitial", async () => {
      await new QualificationsPage(page).goto();
      await page.getByRole("link", { name: "Change your details" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Change your details in your DfE Identity account");
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(account.heading).toHaveText("Your DfE Identity account");
      await account.expectTemplate(IDENTITY_SERVICE_NAME);
      await expect(account.serviceNavigation.getByRole("link", { name: "Sign out" })).toBeVisible();
      await expectNoHorizontalScroll(page);
    });

    await test.step("two cards: the account, and the teaching record with no change link on the TRN", async () => {
      expect(await account.rows(account.accountCard)).toMatchObject({ Name: "Tomasz Nowak", "Mobile number": "07700 900412", "Date of birth": "3 November 1985" });
      expect(await account.rows(account.recordCard)).toMatchObject({ "Name on your teaching record": "Tomasz Nowak", "Date of birth on your teaching record": "3 November 1985" });
      await expect(account.recordCard.locator(".govuk-summary-list__row", { hasText: "Teacher reference number" }).getByRole("link")).toHaveCount(0);
    });

    await test.step("a number that is not a mobile is refused, with what was typed kept", async () => {
      await account.changeLink("mobile number", "DfE Identity account").click();
      await expect(page).toHaveTitle("What is your mobile number? – DfE Identity account – GOV.UK");
      await page.getByLabel("Mobile number").fill("0113 496 0000");
      await submitWith(page.getByRole("button", { name: "Save" }));
      await question.expectErrors([{ message: "Enter a mobile number, like 07700 900 982 or +44 7700 900 982", href: "#mobile" }]);
      await expect(page).toHaveTitle(/^Error: What is your mobile number\?/);
      await expect(page.getByLabel("Mobile number")).toHaveValue("0113 496 0000");
      await expectNoHorizontalScroll(page);
    });

    await test.step("a mobile number is saved, and the account says so", async () => {
      await page.getByLabel("Mobile number").fill("07700 900 555");
      await submitWith(page.getByRole("button", { name: "Save" }));
      await expectPath(page, "/account?changed=mobile");
      await expect(account.successBanner).toContainText("Your mobile number has been changed");
      expect((await account.rows(account.accountCard))["Mobile number"]).toBe("07700 900555");
    });
  });

  test("the email address is changed once the code sent to the new one is typed", async ({ page, newTeacher }, testInfo) => {
    const teacher = await newTeacher("priya");
    const newEmail = `priya.new.${teacher.trn}.${testInfo.project.name}@example.com`;
    const account = new AccountPage(page);
    const question = new QuestionPage(page);
    const mailbox = new Mailbox(page);

    await test.step("the new address gets a code", async () => {
      await account.goto();
      await account.changeLink("email address", "DfE Identity account").click();
      await page.getByLabel("What is your new email address?").fill(newEmail);
      await submitWith(page.getByRole("button", { name: "Continue" }));
      await expect(account.heading).toHaveText("Check your email");
      await expect(page.getByText(newEmail).first()).toBeVisible();
      await expectNoHorizontalScroll(page);
    });

    const code = await test.step("the code is in the mailbox", () => mailbox.newestEmailCode(newEmail));

    await test.step("a wrong code is refused; the right one changes the address", async () => {
      await page.goto("/account/email/code");
      await page.getByLabel(/Enter the 6-digit code/).fill(code === "000000" ? "111111" : "000000");
      await submitWith(page.getByRole("button", { name: "Change email address" }));
      await question.expectErrors([{ message: "The code is not right. Check the email and try again", href: "#code" }]);
      await page.getByLabel(/Enter the 6-digit code/).fill(code);
      await submitWith(page.getByRole("button", { name: "Change email address" }));
      await expectPath(page, "/account?changed=email");
      await expect(account.successBanner).toContainText("Your email address has been changed");
      expect((await account.rows(account.accountCard))["Email address"]).toBe(newEmail);
    });

    await test.step("the old address is told", async () => {
      await mailbox.openNewest(teacher.email, "The email address for your DfE Identity account has changed");
      await expect(mailbox.text()).toContainText("If you did not make this change");
    });
  });

  test("asking to change the name on the record: wrong files refused, the request waits, visibly, and is withdrawn", async ({ page, newTeacher }) => {
    const teacher = await newTeacher("grace");
    const account = new AccountPage(page);
    const question = new QuestionPage(page);
    const upload = page.getByLabel("Upload a file");
    const send = async (file: { name: string; mimeType: string; buffer: Buffer }) => {
      await upload.setInputFiles(file);
      await submitWith(page.getByRole("button", { name: "Continue" }));
    };
    let reference = "";

    await test.step("the new name", async () => {
      await account.goto();
      await account.changeLink("name on your teaching record", "Teaching record").click();
      await expect(account.heading).toHaveText("What name should your teaching record have?");
      await page.getByLabel("First name").fill("Grace");
      await page.getByLabel("Last name").fill("Wright");
      await submitWith(page.getByRole("button", { name: "Continue" }));
      await expect(account.heading).toHaveText("Upload a document that shows your name");
      await expectNoHorizontalScroll(page);
    });

    await test.step("a page of HTML named .pdf, an empty file and a file too big are each refused", async () => {
      await send({ name: "certificate.pdf", mimeType: "application/pdf", buffer: Buffer.from("<!doctype html><p>not a pdf</p>") });
      await question.expectErrors([{ message: "The selected file must be a PDF, JPG or PNG", href: "#evidence" }]);
      await send({ name: "empty.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(0) });
      await question.expectErrors([{ message: "The selected file is empty", href: "#evidence" }]);
      await send({ name: "huge.pdf", mimeType: "application/pdf", buffer: Buffer.concat([PDF, Buffer.alloc(3 * 1024 * 1024)]) });
      await question.expectErrors([{ message: "The selected file must be smaller than 3MB", href: "#evidence" }]);
      await expect(page).toHaveTitle(/^Error: Upload a document/);
    });

    await test.step("a PDF is taken, checked and sent", async () => {
      await send({ name: "marriage certificate.pdf", mimeType: "application/pdf", buffer: PDF });
      await expect(account.heading).toHaveText("Check your request before sending it");
      await expect(page.locator(".govuk-summary-list")).toContainText("Grace Wright");
      await expect(page.locator(".govuk-summary-list")).toContainText("marriage certificate.pdf (1 KB)");
      await submitWith(page.getByRole("button", { name: "Send request" }));
      await expect(page.locator(".govuk-panel__title")).toHaveText("Request sent");
      reference = (await page.locator(".govuk-panel__body strong").innerText()).trim();
      expect(reference).toMatch(/^CR-[0-9A-Z]{6}$/);
      await expectNoHorizontalScroll(page);
    });

    await test.step("the confirmation email has the same reference", async () => {
      await new Mailbox(page).openNewest(teacher.email, "We’ve received your request to change the name on your teaching record");
      await expect(new Mailbox(page).text()).toContainText(reference);
    });

    await test.step("both services show the change as requested; a second request is not possible", async () => {
      await account.goto();
      await expect(account.recordCard).toContainText("Change requested");
      await new QualificationsPage(page).goto();
      await expect(page.locator("#your-details-heading").locator("..")).toContainText("Change requested");
      await page.goto("/account/record/name");
      await expect(account.heading).toHaveText("You’ve already asked to change the name on your teaching record");
    });

    await test.step("the request is withdrawn after a confirmation", async () => {
      await page.getByRole("link", { name: "Withdraw your request" }).click();
      await expect(account.heading).toContainText("Are you sure you want to withdraw your request");
      await submitWith(page.getByRole("button", { name: "Withdraw request" }));
      await expectPath(page, `/account/requests?withdrawn=${reference}`);
      await expect(account.successBanner).toContainText(`You’ve withdrawn your request ${reference}`);
      await expect(page.locator(".govuk-summary-card", { hasText: reference })).toContainText("Withdrawn");
      await account.goto();
      await expect(account.recordCard).not.toContainText("Change requested");
    });
  });

  test("another teacher's request is not found", async ({ page, newTeacher }) => {
    await newTeacher("daniel");
    await page.goto("/account/requests");
    const link = page.locator(".govuk-summary-card__title", { hasText: "Change of name" });
    const reference = /CR-[0-9A-Z]{6}/.exec(await link.innerText())![0];
    await page.goto(`/account/requests/${reference}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Change of name");

    await newTeacher("tomasz");
    const response = await page.goto(`/account/requests/${reference}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  });

  test("signed out, /account asks to sign in and comes back", async ({ page }) => {
    await page.goto("/account");
    await expectPath(page, "/sign-in?returnTo=%2Faccount");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to your DfE Identity account");
  });
});
