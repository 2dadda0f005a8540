// The support console: staff find a teacher, decide their change request (and the certificate
// follows), re-send an invitation, manage API keys; nobody else sees any of it. Each journey
// works on a fresh copy of a persona, so the JavaScript-on and -off runs never decide the same
// request; staff sign in through the session fixture.
import { expectNoHorizontalScroll } from "./fixtures";
import { expect, test } from "./fixtures/session";
import { DEVELOPMENT_API_KEY, expectPath, LinkPage, Mailbox, NEW_LINK_SUBJECT, QuestionPage, submitWith } from "./pages/create-account";
import { expectCertificateResponse, pdfText } from "./pages/qualifications";
import { AYTQ_SERVICE_NAME } from "./pages/start-page";

const SUPPORT = "support@example.com";
const ADMIN = "admin@example.com";
const SERVICE_NAME = "Support for teaching records";

test.describe("Support for teaching records", () => {
  test("support finds Daniel by part of his name, sees the document, accepts; his certificate then reads Osei-Bonsu", async ({
    page,
    context,
    newTeacher,
    signedInAs,
  }) => {
    const daniel = await newTeacher("daniel", { signIn: false });
    await signedInAs(SUPPORT);
    let reference = "";

    await test.step("staff land on the console, its navigation counting the waiting requests", async () => {
      await page.goto("/qualifications");
      await expectPath(page, "/support");
      await expect(page.locator(".govuk-service-navigation")).toContainText(SERVICE_NAME);
      await expect(page.getByRole("link", { name: /^Change requests \(\d+ waiting\)$/ })).toBeVisible();
      await expect(page.getByRole("link", { name: "Staff", exact: true })).toHaveCount(0);
    });

    await test.step("part of his name, without the accent or case, finds him", async () => {
      await page.getByLabel("TRN, email address, name or reference").fill("DANIEL OSE");
      await page.getByRole("button", { name: "Search" }).click();
      await expect(page.getByRole("heading", { level: 2, name: /teachers? found/ })).toBeVisible();
      await expectNoHorizontalScroll(page);
      // Other journeys' copies of Daniel share his name: his may be on a later page, 25 a page.
      const row = page.getByRole("row", { name: new RegExp(daniel.trn) });
      for (let shown = 1; (await row.count()) === 0 && shown < 20; shown++) {
        await page.getByRole("link", { name: /^Next/ }).click();
        await expect(page).toHaveURL(new RegExp(`[?&]page=${shown + 1}(&|$)`));
      }
      await row.getByRole("link", { name: "Daniel Osei" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Daniel Osei");
      await expect(page.getByText(`TRN ${daniel.trn}`)).toBeVisible();
      await expectNoHorizontalScroll(page);
    });

    await test.step("his waiting request shows the record and the change side by side, and the PDF", async () => {
      await page.getByRole("link", { name: /^Review/ }).click();
      reference = /CR-[0-9A-Z]{6}/.exec(await page.getByRole("heading", { level: 1 }).innerText())![0];
      await expect(page.locator(".govuk-summary-card", { hasText: "On the record now" })).toContainText("Daniel Osei");
      await expect(page.locator(".govuk-summary-card", { hasText: "Asked for" })).toContainText("Daniel Osei-Bonsu");
      const frame = page.locator("iframe.app-evidence");
      await expect(frame).toHaveAttribute("title", "The document sent: marriage-certificate.pdf");
      const download = page.getByRole("link", { name: /^Download marriage-certificate\.pdf \(PDF, \d+ KB\)$/ });
      const response = await context.request.get(new URL((await download.getAttribute("href"))!, page.url()).href);
      expect(response.status()).toBe(200);
      expect(response.headers()).toMatchObject({
        "content-type": "application/pdf",
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
      });
      expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="marriage-certificate\.pdf"/);
      expect(response.headers()["content-security-policy"]).toMatch(/^sandbox/);
      expect((await pdfText(await response.body())).text).toContain("Daniel Osei-Bonsu");
      await expectNoHorizontalScroll(page);
    });

    await test.step("accepting it, once confirmed, changes the record and empties his place in the queue", async () => {
      await page.getByRole("button", { name: "Accept this request" }).click();
      await submitWith(page.getByRole("button", { name: "Accept and change the record" }));
      await expect(page.locator(".govuk-notification-banner--success")).toContainText(`Request ${reference} for Daniel Osei-Bonsu accepted`);
      await page.goto("/support/change-requests");
      await expect(page.getByRole("link", { name: reference })).toHaveCount(0);
    });

    await test.step("Daniel's QTS certificate now carries the new name; his request says accepted", async () => {
      await signedInAs(daniel.email);
      const certificate = await expectCertificateResponse(
        await context.request.get("/qualifications/certificates/qts"),
        "Daniel_Osei-Bonsu_qts_certificate.pdf",
      );
      expect((await pdfText(certificate)).text).toContain("Daniel Osei-Bonsu");
      await page.goto("/account/requests");
      await expect(page.locator(".govuk-summary-card", { hasText: reference })).toContainText("Accepted");
    });
  });

  test("a rejected request reaches the teacher with its reason, on /account/requests and by email", async ({ page, newTeacher, signedInAs }) => {
    const daniel = await newTeacher("daniel", { signIn: false });
    await signedInAs(SUPPORT);
    const question = new QuestionPage(page);

    await page.goto(`/support/teachers/${daniel.trn}`);
    await page.getByRole("link", { name: /^Review/ }).click();
    const reference = /CR-[0-9A-Z]{6}/.exec(await page.getByRole("heading", { level: 1 }).innerText())![0];

    await test.step("a reason is required, and 'another reason' needs its words", async () => {
      await submitWith(page.getByRole("button", { name: "Reject request" }));
      await question.expectErrors([{ message: "Select why you are rejecting the request", href: "#reason" }]);
      await expect(page).toHaveTitle(/^Error: /);
      await page.getByLabel("Another reason").check();
      await submitWith(page.getByRole("button", { name: "Reject request" }));
      await question.expectErrors([{ message: "Enter the reason the teacher will be sent", href: "#details" }]);
      await page.getByLabel("The reason the teacher will be sent").fill("The certificate shows a different date of birth");
      await submitWith(page.getByRole("button", { name: "Reject request" }));
      await expect(page.locator(".govuk-notification-banner--success")).toContainText(`Request ${reference} for Daniel Osei rejected`);
    });

    await test.step("the teacher is emailed the reason", async () => {
      await new Mailbox(page).openNewest(daniel.email, "We could not change the name on your teaching record");
      await expect(new Mailbox(page).text()).toContainText("The certificate shows a different date of birth");
    });

    await test.step("and sees it on their requests, with no tag left on their account", async () => {
      await signedInAs(daniel.email);
      await page.goto("/account/requests");
      const card = page.locator(".govuk-summary-card", { hasText: reference });
      await expect(card).toContainText("Rejected");
      await expect(card).toContainText("The certificate shows a different date of birth");
      await page.goto("/account");
      await expect(page.locator(".govuk-summary-card", { hasText: "Teaching record" })).not.toContainText("Change requested");
    });
  });

  test("a new invitation link: the old one stops working, the new one works", async ({ page, newTeacher, signedInAs }) => {
    const amara = await newTeacher("amara");
    await signedInAs(SUPPORT);

    await page.goto(`/support?q=${amara.trn}`);
    await expectPath(page, `/support/teachers/${amara.trn}`);
    await expect(page.locator(".govuk-summary-card", { hasText: "Invitation sent" })).toContainText("Waiting to be used");
    await submitWith(page.getByRole("button", { name: /^Send a new link/ }));
    await expect(page.locator(".govuk-notification-banner--success")).toContainText("A new link has been sent");

    await page.goto(amara.invitationLink!);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link is not valid");
    await new Mailbox(page).followInvitation(amara.email, NEW_LINK_SUBJECT);
    await expect(new LinkPage(page).startButton).toBeVisible();
  });

  test("staff see the emails that have not reached teachers", async ({ page, signedInAs }) => {
    await signedInAs(SUPPORT);
    await page.goto("/support");
    await page.getByRole("link", { name: "Emails not delivered" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Emails not delivered");
    // A fresh database's mail is all still on its way (journeys send none).
    await expect(page.getByText("Every email has been delivered or is on its way.")).toBeVisible();
  });

  test("a teacher, or anyone signed out, gets the 404 page for the console", async ({ page, govukPage, signedInAs }) => {
    // The service's own 404 page: nothing on it says the console exists.
    const expectServiceNotFound = async (path: string) => {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(govukPage.heading).toHaveText("Page not found");
      await govukPage.expectTemplate(AYTQ_SERVICE_NAME);
      await expect(page.locator("body")).not.toContainText(SERVICE_NAME);
    };
    for (const path of ["/support", "/support/change-requests", "/support/teachers/3000009", "/support/no-such-page"]) await expectServiceNotFound(path);
    await signedInAs("tomasz.nowak@example.com");
    for (const path of ["/support/change-requests/CR-D4N1EZ", "/support/no-such-page", "/support/teachers/3000009/nonsense"]) await expectServiceNotFound(path);
  });

  test("an admin creates an API key, sees it once, revokes it, and the intake API then refuses it", async ({ page, signedInAs }, testInfo) => {
    await signedInAs(ADMIN);
    const name = `Journey ${testInfo.project.name} ${Date.now()}`;
    const call = (key: string) => page.request.post("/api/v1/qts-awards", { headers: { Authorization: `Bearer ${key}` }, data: { trn: "" } });

    await page.goto("/support/api-keys");
    await expect(page.getByRole("link", { name: "API keys", exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Create an API key" }).click();
    await page.getByLabel("Name").fill(name);
    await page.getByLabel(/Tell us that QTS was awarded/).check();
    await submitWith(page.getByRole("button", { name: "Create key" }));
    await expect(page.locator(".govuk-panel__title")).toHaveText("API key created");
    const key = await page.getByLabel("The new key").inputValue();
    expect(key).toMatch(/^aytq_[A-Za-z0-9_-]{43}$/);
    expect(key).not.toBe(DEVELOPMENT_API_KEY);
    // Authorised: the body is what is wrong now.
    expect((await call(key)).status()).toBe(400);

    await page.goto("/support/api-keys");
    const row = page.getByRole("row", { name: new RegExp(name) });
    await expect(row).toContainText("Tell us that QTS was awarded");
    await expect(row.locator(".govuk-tag")).toHaveText("Active");
    await row.getByRole("link", { name: /^Revoke/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Are you sure you want to revoke the key ‘${name}’?`);
    // Not yet: only the confirmation revokes it.
    expect((await call(key)).status()).toBe(400);
    await submitWith(page.getByRole("button", { name: "Revoke key" }));
    await expect(page.locator(".govuk-notification-banner--success")).toContainText("The key has been revoked");
    await expect(page.getByRole("row", { name: new RegExp(name) }).locator(".govuk-tag")).toHaveText("Revoked");
    expect((await call(key)).status()).toBe(401);
  });
});
