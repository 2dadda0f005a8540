// Certificates: downloaded from the qualifications page and read back; only a teacher's own,
// only those the record supports; and, without a session, a real sign-in and back to the file.
import type { BrowserContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures/session";
import { Mailbox } from "./pages/create-account";
import { downloadedPdf, expectCertificateResponse, pdfText, QualificationsPage, referenceIn } from "./pages/qualifications";

/**
 * Downloads with the browser (clicking the link) and checks the same URL's headers with the
 * context's cookies: the same issued certificate, byte for byte.
 */
async function downloadCertificate(page: Page, context: BrowserContext, shortName: string, fileName: string): Promise<string> {
  const qualifications = new QualificationsPage(page);
  const href = (await qualifications.certificateLink(shortName).getAttribute("href"))!;
  const download = await qualifications.download(shortName);
  expect(download.suggestedFilename()).toBe(fileName);
  const fromBrowser = await downloadedPdf(download);
  expect((await pdfText(fromBrowser)).pages).toBe(1);

  const viaRequest = await expectCertificateResponse(await context.request.get(href), fileName);
  expect(viaRequest.equals(fromBrowser)).toBe(true);
  return (await pdfText(fromBrowser)).text;
}

test.describe("Certificates", () => {
  test("3000002 Tomasz Nowak downloads his QTS, induction and NPQ certificates", async ({ page, context, signedInAs }) => {
    const qualifications = new QualificationsPage(page);
    await signedInAs("tomasz.nowak@example.com");
    await qualifications.goto();

    await test.step("QTS: his DQT name, TRN and the date awarded", async () => {
      const text = await downloadCertificate(page, context, "QTS", "Tomasz_Nowak_qts_certificate.pdf");
      expect(text).toContain("Department for Education");
      expect(text).toContain("Certificate of qualified teacher status");
      expect(text).toContain("Tomasz Nowak");
      expect(text).toContain("Teacher reference number (TRN) 3000002");
      expect(text).toContain("has been awarded qualified teacher status (QTS).");
      expect(text).not.toMatch(/eligible|state-maintained/);
      expect(text).toContain("Date awarded: 31 July 2010");
      expect(text).toContain("On behalf of the Secretary of State for Education");
      expect(text).toMatch(/\d{1,2} \w+ 20\d\d Date of issue/);
      expect(referenceIn(text)).toMatch(/^QTS-/);
      // The journeys' server is a test service (APP_ENV=test): no certificate from it can pass as real.
      expect(text).toContain("Specimen: not a real certificate");
      expect(text).toContain(`Check this certificate at ${new URL("/check-a-certificate", page.url()).href}`);
    });

    await test.step("the link now gives the file's size, and a second download is the same certificate", async () => {
      const link = qualifications.certificateLink("QTS");
      await qualifications.goto();
      await expect(link).toHaveText(/^Download QTS certificate \(PDF, \d+ KB\)$/);
      const first = await context.request.get((await link.getAttribute("href"))!);
      const again = await context.request.get((await link.getAttribute("href"))!);
      expect((await again.body()).equals(await first.body())).toBe(true);
      expect(again.headers().etag).toBe(first.headers().etag);
      const kilobytes = Number(/PDF, (\d+) KB/.exec((await link.textContent())!)![1]);
      expect(Math.abs(kilobytes - (await first.body()).length / 1024)).toBeLessThanOrEqual(1);
    });

    await test.step("a browser that holds the certificate is told it has not changed (304)", async () => {
      const href = (await qualifications.certificateLink("QTS").getAttribute("href"))!;
      const { etag } = (await context.request.get(href)).headers();
      const notModified = await context.request.get(href, { headers: { "If-None-Match": etag! } });
      expect(notModified.status()).toBe(304);
      expect(notModified.headers().etag).toBe(etag);
      expect((await notModified.body()).length).toBe(0);
      expect((await context.request.get(href, { headers: { "If-None-Match": '"something-else"' } })).status()).toBe(200);
    });

    await test.step("induction: completed satisfactorily, with the completion date", async () => {
      const text = await downloadCertificate(page, context, "induction", "Tomasz_Nowak_induction_certificate.pdf");
      expect(text).toContain("Tomasz Nowak");
      expect(text).toContain("3000002");
      expect(text).toContain("has completed the statutory induction period satisfactorily");
      expect(text).toContain("Date completed: 20 July 2011");
    });

    await test.step("NPQH: the qualification's full name and the date awarded", async () => {
      const text = await downloadCertificate(page, context, "NPQH", "Tomasz_Nowak_npqh_certificate.pdf");
      expect(text).toContain("Tomasz Nowak");
      expect(text).toContain("3000002");
      expect(text).toContain("National Professional Qualification for Headship This is to certify that");
      expect(text).toContain("National Professional Qualification for Headship (NPQH)");
      expect(text).toContain("Date awarded: 30 June 2023");
      expect(referenceIn(text)).toMatch(/^NPQ-/);
    });

    await test.step("the page is still there after the downloads", async () => {
      await expect(page).toHaveURL(QualificationsPage.path);
      await expect(qualifications.heading).toBeVisible();
    });
  });

  test("3000003 Priya Raman downloads her EYTS certificate", async ({ page, context, signedInAs }) => {
    const qualifications = new QualificationsPage(page);
    await signedInAs("priya.raman@example.com");
    await qualifications.goto();
    const text = await downloadCertificate(page, context, "EYTS", "Priya_Raman_eyts_certificate.pdf");
    expect(text).toContain("Certificate of early years teacher status");
    expect(text).toContain("Priya Raman");
    expect(text).toContain("3000003");
    expect(text).toContain("has been awarded early years teacher status (EYTS).");
    expect(text).toContain("Date awarded: 31 August 2017");
  });

  test("3000007 Fatima, whose induction failed: her QTS certificate states the award, and no eligibility to teach", async ({ page, context, signedInAs }) => {
    const qualifications = new QualificationsPage(page);
    await signedInAs("fatima.haddad@example.com");
    await qualifications.goto();
    const text = await downloadCertificate(page, context, "QTS", "Fatima_Zahra_Haddad_qts_certificate.pdf");
    expect(text).toContain("Fatima Zahra Haddad");
    expect(text).toContain("has been awarded qualified teacher status (QTS).");
    expect(text).toContain("Date awarded: 31 July 2004");
    expect(text).not.toMatch(/eligible|state-maintained|employ/i);
    expect(text).toContain("Specimen: not a real certificate");
  });

  test("3000005 Grace's certificate carries her DQT name, Grace Mensah-Wright, not Grace Wright", async ({ page, context, signedInAs }) => {
    const qualifications = new QualificationsPage(page);
    await signedInAs("grace.mensah@example.com");
    await qualifications.goto();
    const text = await downloadCertificate(page, context, "QTS", "Grace_Mensah-Wright_qts_certificate.pdf");
    expect(text).toContain("Grace Mensah-Wright");
    expect(text).not.toContain("Grace Wright");
    expect(text).toContain("3000005");
    expect(text).toContain("Date awarded: 1 August 2014");
  });

  test("a certificate the record does not support, or another teacher's, is not found", async ({ page, context, signedInAs }) => {
    const notFound = new QualificationsPage(page);
    let tomaszNpq = "";

    await test.step("Tomasz's NPQ certificate address", async () => {
      await signedInAs("tomasz.nowak@example.com");
      await notFound.goto();
      tomaszNpq = (await notFound.certificateLink("NPQSL").getAttribute("href"))!;
      expect((await context.request.get(tomaszNpq)).status()).toBe(200);
      await context.clearCookies();
    });

    await test.step("Priya asking for Tomasz's NPQ certificate gets GOV.UK's page not found", async () => {
      await signedInAs("priya.raman@example.com");
      const response = await page.goto(tomaszNpq);
      expect(response?.status()).toBe(404);
      expect(response?.headers()["content-type"]).toMatch(/^text\/html/);
      await expect(notFound.heading).toHaveText("Page not found");
      await expect(page).toHaveTitle(/Page not found/);
      await expect(notFound.main).not.toContainText("Tomasz");
    });

    await test.step("nor QTS, which she has not been awarded; nor an unknown type", async () => {
      for (const path of [
        "/qualifications/certificates/qts",
        "/qualifications/certificates/induction",
        "/qualifications/certificates/npq",
        "/qualifications/certificates/itt",
      ]) {
        const response = await context.request.get(path);
        expect(response.status(), path).toBe(404);
        expect(response.headers()["content-type"], path).not.toBe("application/pdf");
      }
    });

    await test.step("an induction in progress (Ciaran) or failed (Fatima) has no certificate", async () => {
      for (const email of ["ciaran.byrne@example.com", "fatima.haddad@example.com"]) {
        await context.clearCookies();
        await signedInAs(email);
        expect((await context.request.get("/qualifications/certificates/induction")).status(), email).toBe(404);
        expect((await context.request.get("/qualifications/certificates/qts")).status(), email).toBe(200);
      }
    });

    await test.step("Oliver, still in training, has none at all", async () => {
      await context.clearCookies();
      await signedInAs("oliver.hughes@example.com");
      for (const type of ["qts", "eyts", "induction"]) {
        expect((await context.request.get(`/qualifications/certificates/${type}`)).status(), type).toBe(404);
      }
    });
  });

  test("a certificate address without a session: sign in for real, then the download", async ({ page, context, javaScriptEnabled }) => {
    // One persona per project: a new sign-in link replaces the last one sent to that address.
    const teacher = javaScriptEnabled
      ? {
          email: "fatima.haddad@example.com",
          path: "/qualifications/certificates/qts",
          fileName: "Fatima_Zahra_Haddad_qts_certificate.pdf",
        }
      : {
          email: "priya.raman@example.com",
          path: "/qualifications/certificates/eyts",
          fileName: "Priya_Raman_eyts_certificate.pdf",
        };
    const mailbox = new Mailbox(page);

    await test.step("the certificate asks for sign-in and remembers where to come back", async () => {
      expect((await context.request.get(teacher.path, { maxRedirects: 0 })).headers().location).toBe(`/sign-in?returnTo=${encodeURIComponent(teacher.path)}`);
      await page.goto(teacher.path);
      await expect(page).toHaveURL(`/sign-in?returnTo=${encodeURIComponent(teacher.path)}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to your DfE Identity account");
    });

    await test.step("they give their email and are told to check it", async () => {
      await page.getByLabel("Email address").fill(teacher.email);
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page).toHaveURL("/sign-in/check-email");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    });

    let signInLink = "";
    await test.step("the newest email to them holds the sign-in link", async () => {
      await mailbox.openNewest(teacher.email, "Sign in to Access your teaching qualifications");
      const link = mailbox.link("Sign in to your DfE Identity account");
      signInLink = (await link.getAttribute("href"))!;
      expect(new URL(signInLink).pathname).toBe("/sign-in/continue");
      expect(new URL(signInLink).searchParams.get("returnTo")).toBe(teacher.path);
      await link.click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Continue to sign in");
    });

    await test.step("continuing signs them in and the certificate downloads", async () => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Continue to sign in" }).click()]);
      expect(download.suggestedFilename()).toBe(teacher.fileName);
      expect((await pdfText(await downloadedPdf(download))).text).toContain(teacher.email.startsWith("fatima") ? "Fatima Zahra Haddad" : "Priya Raman");
    });

    await test.step("they are signed in: the qualifications page opens", async () => {
      const qualifications = new QualificationsPage(page);
      await qualifications.goto();
      await expect(qualifications.certificateLinks).toHaveCount(1);
    });
  });
});
