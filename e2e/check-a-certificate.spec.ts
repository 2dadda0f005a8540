// Checking a certificate: public, no sign-in; the form and the QR code's link are the same GET,
// so every answer shows with JavaScript on and off. Each test checks from a client address of its
// own (X-Forwarded-For), so that no test spends another's allowance of 30 checks.
import { expect, expectNoHorizontalScroll, test } from "./fixtures";
import { signedInAs } from "./fixtures/session";
import { awardQtsToNewTeacher } from "./pages/create-account";
import { changeDqtNameForTests, CHECK_PAGE_TITLE_SUFFIX, CheckACertificatePage, issueForTests, someClientAddress } from "./pages/check-a-certificate";
import { expectCertificateResponse, pdfText, referenceIn } from "./pages/qualifications";

const TODAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" });
const CHECKS_PER_ADDRESS = 30;

/** A well-formed reference nobody was issued (60 random bits: never one that exists). */
function unknownReference(): string {
  const symbols = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  const group = () => Array.from({ length: 4 }, () => symbols[Math.floor(Math.random() * 32)]).join("");
  return `QTS-${group()}-${group()}-${group()}`;
}

test.describe("Check a certificate", () => {
  test.beforeEach(async ({ context }) => {
    await context.setExtraHTTPHeaders({ "x-forwarded-for": someClientAddress() });
  });

  test("the question: an empty or malformed reference is an error beside the field, what was typed kept", async ({ page, javaScriptEnabled }) => {
    const check = new CheckACertificatePage(page);

    await test.step("the page asks for the reference printed on the certificate", async () => {
      await check.goto();
      await expect(page).toHaveTitle(`Check a certificate${CHECK_PAGE_TITLE_SUFFIX}`);
      await check.expectTemplate("Access your teaching qualifications");
      await expect(page.locator("#reference-hint")).toHaveText("Printed beside the QR code, for example QTS-7Q4K-2M9X-3HPD");
      // Outside production every certificate is a specimen, and the page says so.
      await expect(check.main.locator(".govuk-warning-text")).toContainText("This is a test service");
      await expectNoHorizontalScroll(page);
    });

    await test.step("a certificate printed before this service, with no reference: how to check it", async () => {
      const noReference = check.main.locator("details", { hasText: "The certificate has no reference" });
      await noReference.getByText("The certificate has no reference").click();
      await expect(noReference).toContainText("ask the teacher to download a new certificate");
      await expect(noReference.getByRole("link", { name: "Check a teacher’s record" })).toHaveAttribute(
        "href",
        "https://www.gov.uk/guidance/check-a-teachers-record",
      );
    });

    await test.step("nothing entered", async () => {
      await check.checkButton.click();
      await expect(page).toHaveTitle(`Error: Check a certificate${CHECK_PAGE_TITLE_SUFFIX}`);
      await expect(check.errorSummary.getByRole("link", { name: "Enter the certificate reference" })).toHaveAttribute("href", "#reference");
      await expect(check.fieldError).toHaveText("Error: Enter the certificate reference");
      await expect(check.reference).toHaveAttribute("aria-describedby", "reference-hint reference-error");
    });

    await test.step("something that cannot be a reference", async () => {
      await check.check("QTS-7Q4K");
      await expect(page).toHaveTitle(/^Error: Check a certificate/);
      await expect(check.errorSummary.getByRole("link")).toHaveText(
        "Enter the certificate reference as it is printed on the certificate, like QTS-7Q4K-2M9X-3HPD",
      );
      await expect(check.fieldError).toContainText("as it is printed on the certificate");
      await expect(check.reference).toHaveValue("QTS-7Q4K");
      await expectNoHorizontalScroll(page);
    });

    await test.step("the error summary's link goes to the field", async () => {
      await check.errorSummary.getByRole("link").click();
      // GOV.UK Frontend's script focuses the field itself; without it the link is a plain #fragment.
      if (javaScriptEnabled) await expect(check.reference).toBeFocused();
      else await expect(page).toHaveURL(/#reference$/);
    });
  });

  test("genuine: Tomasz's QTS certificate checks as genuine, typed loosely or through its QR code's link", async ({ page, context, baseURL }) => {
    const check = new CheckACertificatePage(page);
    let reference = "";

    await test.step("Tomasz downloads his QTS certificate and reads its reference", async () => {
      await signedInAs(context, baseURL!, "tomasz.nowak@example.com");
      const pdf = await expectCertificateResponse(await context.request.get("/qualifications/certificates/qts"), "Tomasz_Nowak_qts_certificate.pdf");
      const { text } = await pdfText(pdf);
      reference = referenceIn(text);
      expect(text).toContain(`Check this certificate at ${baseURL}/check-a-certificate`);
      // The check page is public: the employer is not signed in.
      await context.clearCookies();
    });

    await test.step("typed in lower case with spaces, it is genuine, with exactly what the certificate prints", async () => {
      await check.goto();
      await check.check(` ${reference.toLowerCase().replaceAll("-", " ")} `);
      await expect(page).toHaveTitle(`This is a genuine certificate${CHECK_PAGE_TITLE_SUFFIX}`);
      await expect(check.panel.getByRole("heading", { level: 1 })).toHaveText("This is a genuine certificate");
      await expect(check.panel).toContainText(reference);
      expect(await check.details()).toEqual({
        Certificate: "Qualified teacher status (QTS)",
        Name: "Tomasz Nowak",
        "Teacher reference number (TRN)": "3000002",
        "Date awarded": "31 July 2010",
        "Date of issue": expect.stringMatching(/^\d{1,2} \w+ 20\d\d$/),
      });
      await expectNoHorizontalScroll(page);
    });

    await test.step("it says what a genuine certificate does not show, and where to check that", async () => {
      await expect(check.main.getByRole("heading", { name: "What this does not show" })).toBeVisible();
      await expect(check.main).toContainText("It does not show that they are not prohibited from teaching, or that they have passed their induction.");
      await expect(check.main.getByRole("link", { name: "Check a teacher’s record" })).toHaveAttribute(
        "href",
        "https://www.gov.uk/guidance/check-a-teachers-record",
      );
    });

    await test.step("the QR code's link shows the same answer straight away", async () => {
      await page.goto(`/check-a-certificate?reference=${reference}`);
      await expect(check.heading).toHaveText("This is a genuine certificate");
      expect((await check.details())["Name"]).toBe("Tomasz Nowak");
    });

    await test.step("and another certificate can be checked from there", async () => {
      await check.checkAnother.click();
      await expect(check.heading).toHaveText("Check a certificate");
      await expect(check.reference).toHaveValue("");
    });
  });

  test("replaced: after a change of name the old reference says so, and the new one is genuine", async ({ page, context }) => {
    const check = new CheckACertificatePage(page);
    const teacher = await awardQtsToNewTeacher(context.request, "Maryam", "Hussain");
    const before = await issueForTests(context.request, teacher.trn);
    expect(await changeDqtNameForTests(context.request, teacher.trn, "Maryam", "Hussain-Reid")).toEqual([before]);
    const after = await issueForTests(context.request, teacher.trn);
    expect(after).not.toBe(before);

    await test.step("the old reference: replaced, and nothing more about the teacher", async () => {
      await check.goto();
      await check.check(before);
      await expect(page).toHaveTitle(`This certificate has been replaced by a newer one${CHECK_PAGE_TITLE_SUFFIX}`);
      await expect(check.heading).toHaveText("This certificate has been replaced by a newer one");
      await expect(check.main).toContainText(before);
      await expect(check.main).toContainText("The qualification still stands");
      await expect(check.main).toContainText("The teacher can download the current certificate from their account.");
      await expect(check.main).not.toContainText("Maryam");
      await expect(check.main).not.toContainText("Hussain-Reid");
      await expect(check.main).not.toContainText(teacher.trn);
      await expectNoHorizontalScroll(page);
    });

    await test.step("the new reference: genuine, with the new name", async () => {
      await page.goto(`/check-a-certificate?reference=${after}`);
      await expect(check.heading).toHaveText("This is a genuine certificate");
      expect(await check.details()).toMatchObject({
        Name: "Maryam Hussain-Reid",
        "Teacher reference number (TRN)": teacher.trn,
        "Date of issue": TODAY.format(new Date()),
      });
    });
  });

  test("unknown: a well-formed reference nobody was issued is not found, and can be corrected", async ({ page }) => {
    const check = new CheckACertificatePage(page);
    const reference = unknownReference();
    await check.goto();
    await check.check(reference);
    await expect(page).toHaveTitle(`We could not find a certificate with that reference${CHECK_PAGE_TITLE_SUFFIX}`);
    await expect(check.heading).toHaveText("We could not find a certificate with that reference");
    await expect(check.main).toContainText(`No certificate has the reference ${reference}.`);
    await expect(check.reference).toHaveValue(reference);
    await expectNoHorizontalScroll(page);
    await check.check("QTS-1");
    await expect(page).toHaveTitle(/^Error: Check a certificate/);
  });

  test("a guesser: after 30 checks from one address, a clear page with status 429", async ({ page, context }) => {
    const check = new CheckACertificatePage(page);

    await test.step(`${CHECKS_PER_ADDRESS} guesses are answered`, async () => {
      for (let i = 0; i < CHECKS_PER_ADDRESS; i++) {
        const response = await context.request.get(`/check-a-certificate?reference=${unknownReference()}`, { maxRedirects: 0 });
        expect(response.status(), `guess ${i + 1}`).toBe(200);
      }
    });

    await test.step("the next one, even typed in the form, is stopped with a 429 page", async () => {
      await check.goto();
      const [response] = await Promise.all([
        page.waitForResponse((response) => new URL(response.url()).pathname === "/check-a-certificate/too-many-checks"),
        check.reference.fill(unknownReference()).then(() => check.checkButton.click()),
      ]);
      expect(response.status()).toBe(429);
      await expect(page).toHaveURL("/check-a-certificate/too-many-checks");
      await expect(page).toHaveTitle(`You’ve checked too many certificates${CHECK_PAGE_TITLE_SUFFIX}`);
      await expect(check.heading).toHaveText("You’ve checked too many certificates");
      await expect(check.main).toContainText("up to 30 certificates every 15 minutes");
      await expectNoHorizontalScroll(page);
    });

    await test.step("the QR code's link is stopped too", async () => {
      const response = await page.goto(`/check-a-certificate?reference=${unknownReference()}`);
      expect(response?.status()).toBe(429);
      await expect(check.heading).toHaveText("You’ve checked too many certificates");
    });
  });
});
