// The DfE Identity account (/account): found from the navigation, changing the account's details,
// a new email verified by a code from the mailbox, and asking to change the record's name or date
// of birth with a document (phone photos up to 20 MB, refusals beside the field). Each test
// acts on a fresh copy of a persona (POST /api/testing/teachers), so the two projects and other
// specs never change the same teacher.
import { expectNoHorizontalScroll } from "./fixtures";
import { heicPhoto, MB, onDisk, phonePhoto, shownSize } from "./fixtures/files";
import { expect, test } from "./fixtures/session";
import { AccountPage, IDENTITY_SERVICE_NAME } from "./pages/account";
import { EMAIL_CODE_SUBJECT, expectPath, Mailbox, QuestionPage, submitWith } from "./pages/create-account";
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

    await test.step("two cards: sign-in details changed at once, the teaching record by asking; no link on the TRN", async () => {
      expect(await account.rows(account.signInCard)).toMatchObject({
        Name: "Tomasz Nowak",
        "Date of birth": "3 November 1985",
        "Mobile number": "07700 900412",
      });
      expect(await account.rows(account.recordCard)).toMatchObject({
        Name: "Tomasz Nowak",
        "Date of birth": "3 November 1985",
        "Teacher reference number (TRN)": expect.stringMatching(/^\d{7}$/),
      });
      await expect(account.changeLink("date of birth")).toBeVisible();
      await expect(account.askToChangeLink("date of birth")).toBeVisible();
      await expect(account.recordCard.getByRole("link", { name: /^Change / })).toHaveCount(0);
      await expect(page.getByText("We check it and reply within 5 working days")).toBeVisible();
      await expect(account.recordCard.locator(".govuk-summary-list__row", { hasText: "Teacher reference number" }).getByRole("link")).toHaveCount(0);
    });

    await test.step("the sign-in date of birth page says first that it does not change the teaching record", async () => {
      await account.changeLink("date of birth").click();
      await expect(account.heading).toHaveText("What is your date of birth?");
      await expect(page).toHaveTitle("What is your date of birth? – DfE Identity account – GOV.UK");
      await expect(page.locator("main")).toContainText("It does not change your teaching record.");
      await expect(page.getByRole("link", { name: "Ask to change the date of birth on your teaching record" })).toHaveAttribute(
        "href",
        "/account/record/date-of-birth",
      );
      await page.getByRole("link", { name: "Back", exact: true }).click();
    });

    await test.step("a number that is not a mobile is refused, with what was typed kept", async () => {
      await account.changeLink("mobile number").click();
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
      expect((await account.rows(account.signInCard))["Mobile number"]).toBe("07700 900555");
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
      await account.changeLink("email address").click();
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
      expect((await account.rows(account.signInCard))["Email address"]).toBe(newEmail);
    });

    await test.step("the old address is told", async () => {
      await mailbox.openNewest(teacher.email, "The email address for your DfE Identity account has changed");
      await expect(mailbox.text()).toContainText("If you did not make this change");
    });
  });

  test("an address that has an account is said to be taken only after its code is typed", async ({ page, newTeacher, mailbox }) => {
    const other = await newTeacher("priya", { signIn: false });
    await newTeacher("tomasz");
    const account = new AccountPage(page);
    const question = new QuestionPage(page);

    await test.step("the code goes to the address like any other: nothing says it has an account", async () => {
      await account.goto();
      await account.changeLink("email address").click();
      await page.getByLabel("What is your new email address?").fill(other.email);
      await submitWith(page.getByRole("button", { name: "Continue" }));
      await expect(account.heading).toHaveText("Check your email");
      await expect(page.locator("main")).not.toContainText("already used");
    });

    await test.step("once the code is typed, the page tells the truth and nothing changes", async () => {
      const code = await mailbox.newestEmailCode(other.email);
      await page.goto("/account/email/code");
      await page.getByLabel(/Enter the 6-digit code/).fill(code);
      await submitWith(page.getByRole("button", { name: "Change email address" }));
      await question.expectErrors([
        { message: "This email address is already used by another DfE Identity account. Go back and enter a different email address", href: "#code" },
      ]);
      await account.goto();
      expect((await account.rows(account.signInCard))["Email address"]).not.toBe(other.email);
    });
  });

  test("at most 5 new addresses an hour: the sixth is refused beside the field, and nothing is sent to it", async ({ page, newTeacher }, testInfo) => {
    const teacher = await newTeacher("priya");
    const account = new AccountPage(page);
    const question = new QuestionPage(page);
    const address = (n: number) => `priya.try${n}.${teacher.trn}.${testInfo.project.name}@example.com`;
    const startChange = async (email: string) => {
      await page.goto("/account/email");
      await page.getByLabel("What is your new email address?").fill(email);
      await submitWith(page.getByRole("button", { name: "Continue" }));
    };

    for (let n = 1; n <= 5; n++) {
      await startChange(address(n));
      await expect(account.heading).toHaveText("Check your email");
    }
    await startChange(address(6));
    await question.expectErrors([
      { message: "You’ve tried to change your email address 5 times in the last hour. Wait an hour, then try again", href: "#email" },
    ]);
    await expect(page.getByLabel("What is your new email address?")).toHaveValue(address(6));
    const mailbox = new Mailbox(page);
    expect(await mailbox.count(address(5), EMAIL_CODE_SUBJECT)).toBe(1);
    expect(await mailbox.count(address(6), EMAIL_CODE_SUBJECT)).toBe(0);
  });

  test("found from the navigation at 375 px on a phone", async ({ page, newTeacher, javaScriptEnabled }) => {
    await newTeacher("tomasz");
    const qualifications = new QualificationsPage(page);
    await page.setViewportSize({ width: 375, height: 800 });
    await qualifications.goto();
    // With JavaScript the navigation folds into a menu button on a narrow screen.
    if (javaScriptEnabled) await page.getByRole("button", { name: "Menu" }).click();
    await qualifications.serviceNavigation.getByRole("link", { name: "Your account" }).click();
    const account = new AccountPage(page);
    await expect(account.heading).toHaveText("Your DfE Identity account");
    if (javaScriptEnabled) await page.getByRole("button", { name: "Menu" }).click();
    await expect(account.serviceNavigation.getByRole("link", { name: "Your qualifications" })).toHaveAttribute("href", "/qualifications");
  });

  test("asking to change the name on the record: wrong files refused, a 15 MB photo made smaller, the request waits, visibly, and is withdrawn", async ({
    page,
    newTeacher,
  }, testInfo) => {
    test.slow();
    const teacher = await newTeacher("grace");
    const account = new AccountPage(page);
    const question = new QuestionPage(page);
    const upload = page.getByLabel("Upload a file");
    const continueButton = page.getByRole("button", { name: "Continue" });
    const send = async (file: { name: string; mimeType: string; buffer: Buffer }) => {
      // A large file goes by its path: sent through the browser's protocol, 25 MB took longer than an action may.
      await upload.setInputFiles(file.buffer.length > MB ? await onDisk(file, testInfo) : file);
      await submitWith(continueButton);
    };
    const expectRefused = async (message: string) => {
      await question.expectErrors([{ message, href: "#evidence" }]);
      await expect(question.fieldError("evidence")).toContainText(message);
      await expect(page).toHaveTitle(/^Error: Upload a document that shows your name – /);
    };
    let reference = "";

    await test.step("the name the record already has is refused; a new one is taken", async () => {
      await account.goto();
      await account.askToChangeLink("name").click();
      await expect(account.heading).toHaveText("What name should your teaching record have?");
      await page.getByLabel("First name").fill("Grace");
      await page.getByLabel("Last name").fill("Mensah-Wright");
      await submitWith(page.getByRole("button", { name: "Continue" }));
      await question.expectErrors([{ message: "This is already the name on your teaching record. Enter the name you want it to show", href: "#firstName" }]);
      await expect(page.getByLabel("Last name")).toHaveValue("Mensah-Wright");
      await page.getByLabel("Last name").fill("Wright");
      await submitWith(page.getByRole("button", { name: "Continue" }));
      await expect(account.heading).toHaveText("Upload a document that shows your name");
      await expectNoHorizontalScroll(page);
    });

    await test.step("no file, a page of HTML named .pdf, an empty file, an iPhone's HEIC photo and a 25 MB file are each refused beside the field", async () => {
      await submitWith(continueButton);
      await expectRefused("Select a document that shows the change");
      await send({ name: "certificate.pdf", mimeType: "application/pdf", buffer: Buffer.from("<!doctype html><p>not a pdf</p>") });
      await expectRefused("The selected file must be a JPG, PNG or PDF");
      await send({ name: "empty.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(0) });
      await expectRefused("The selected file is empty");
      await send({ name: "IMG_0001.HEIC", mimeType: "image/heic", buffer: heicPhoto() });
      await expectRefused("The selected file is a HEIC photo. Upload a JPG, PNG or PDF");
      await send({ name: "scan.jpg", mimeType: "image/jpeg", buffer: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(25 * MB)]) });
      await expectRefused("The selected file must be smaller than 20MB");
    });

    await test.step("a 15 MB phone photo is taken and stored smaller", async () => {
      await send({ name: "IMG_4021.JPG", mimeType: "image/jpeg", buffer: await phonePhoto(15 * MB) });
      await expect(account.heading).toHaveText("Check your request before sending it");
      const documentRow = page.locator(".govuk-summary-list__row", { hasText: "IMG_4021.jpg" });
      expect(shownSize(await documentRow.innerText())).toBeLessThan(5 * MB);
    });

    await test.step("a PDF replaces it, and the request is sent", async () => {
      await page.goto("/account/record/name/evidence");
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
      await expect(account.askToChangeLink("name")).toHaveCount(0);
      await expect(account.changeRequestedLink("name")).toHaveAttribute("href", `/account/requests/${reference}`);
      await new QualificationsPage(page).goto();
      await expect(page.locator("#your-details-heading").locator("..")).toContainText("Change requested");
      await expect(page.getByRole("link", { name: "View your request to change your name" })).toHaveAttribute("href", `/account/requests/${reference}`);
      await page.goto("/account/record/name");
      await expect(account.heading).toHaveText("You’ve already asked to change the name on your teaching record");
    });

    await test.step("the request is withdrawn after a confirmation", async () => {
      await page.getByRole("link", { name: "Withdraw your request" }).click();
      await expect(account.heading).toHaveText("Withdraw your request to change your name");
      await expect(page).toHaveTitle("Withdraw your request to change your name – DfE Identity account – GOV.UK");
      await submitWith(page.getByRole("button", { name: "Withdraw request" }));
      await expectPath(page, `/account/requests?withdrawn=${reference}`);
      await expect(account.successBanner).toContainText(`You’ve withdrawn your request ${reference}`);
      await expect(page.locator(".govuk-summary-card", { hasText: reference })).toContainText("Withdrawn");
      // At 320 px the card's title and the banner wrap, but never inside the reference (not at its hyphen).
      await page.setViewportSize({ width: 320, height: 800 });
      const shownReferences = page.locator(".app-no-wrap", { hasText: reference });
      await expect(shownReferences).toHaveCount(2);
      for (const shown of await shownReferences.all()) expect(await shown.evaluate((element) => element.getClientRects().length)).toBe(1);
      await expectNoHorizontalScroll(page);
      await account.goto();
      await expect(account.recordCard).not.toContainText("Change requested");
    });
  });

  test("asking to change the date of birth on the record from its card: the same date refused, a 6 MB photo made smaller", async ({
    page,
    newTeacher,
  }, testInfo) => {
    test.slow(); // a photo made smaller and four pages on the way: under a loaded CI machine, more than the default
    await newTeacher("ciaran");
    const account = new AccountPage(page);
    const question = new QuestionPage(page);
    const fillDate = async (day: string, month: string, year: string) => {
      await page.getByLabel("Day").fill(day);
      await page.getByLabel("Month").fill(month);
      await page.getByLabel("Year").fill(year);
      await submitWith(page.getByRole("button", { name: "Continue" }));
    };

    await test.step("the date the record already has is refused, with what was typed kept", async () => {
      await account.goto();
      await account.askToChangeLink("date of birth").click();
      await fillDate("9", "9", "1999");
      await question.expectErrors([
        { message: "This is already the date of birth on your teaching record. Enter the date of birth it should show", href: "#dateOfBirth-day" },
      ]);
      await expect(page.getByLabel("Year")).toHaveValue("1999");
    });

    await test.step("a new date and a 6 MB phone photo, stored smaller, are sent", async () => {
      await fillDate("9", "10", "1999");
      await expect(account.heading).toHaveText("Upload a document that shows your date of birth");
      await page.getByLabel("Upload a file").setInputFiles(await onDisk({ name: "passport.jpg", buffer: await phonePhoto(6 * MB) }, testInfo));
      await submitWith(page.getByRole("button", { name: "Continue" }));
      await expect(account.heading).toHaveText("Check your request before sending it");
      expect(shownSize(await page.locator(".govuk-summary-list__row", { hasText: "passport.jpg" }).innerText())).toBeLessThan(3 * MB);
      await submitWith(page.getByRole("button", { name: "Send request" }));
      await expect(page.locator(".govuk-panel__title")).toHaveText("Request sent");
    });

    await test.step("the record's card says the change is requested, linking to it", async () => {
      await account.goto();
      await account.changeRequestedLink("date of birth").click();
      await expect(account.heading).toHaveText("Your request to change your date of birth");
    });
  });

  test("another teacher's request is not found", async ({ page, newTeacher }) => {
    await newTeacher("daniel");
    await page.goto("/account/requests");
    const link = page.locator(".govuk-summary-card__title", { hasText: "Change of name" });
    const reference = /CR-[0-9A-Z]{6}/.exec(await link.innerText())![0];
    await page.goto(`/account/requests/${reference}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your request to change your name");
    await expect(page).toHaveTitle("Your request to change your name – DfE Identity account – GOV.UK");

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
