// Every state of an invitation link has its own page, and none is a 500.
import { CONTACT_EMAIL } from "../lib/contact";
import { expect, test } from "./fixtures";
import { awardQtsToNewTeacher, DEVELOPMENT_API_KEY, expectPath, INVITATION_SUBJECT, LinkPage, NEW_LINK_SUBJECT, submitWith } from "./pages/create-account";
import { AYTQ_SERVICE_NAME } from "./pages/start-page";

const SIAN = { trn: "3000008", firstName: "Siân", email: "sian.llewellyn@example.com" };
const NOT_VALID = "This link is not valid";

/** A made-up client address per test, so the per-IP limit on new links counts each test alone. */
function someIp(): string {
  return `198.51.100.${Math.floor(Math.random() * 254) + 1}`;
}

test.describe("Invitation links", () => {
  test("a link that is unknown, malformed or mangled says it is not valid", async ({ page, linkPage: link }) => {
    test.setTimeout(120_000);
    const cases: [string, string][] = [
      ["unknown (well formed)", LinkPage.url("A".repeat(21) + "b".repeat(22))],
      ["malformed", LinkPage.url("not-a-token")],
      ["empty", "/qualifications/start?trn_token="],
      ["10 KB long", LinkPage.url("x".repeat(10_000))],
      ["unicode", LinkPage.url("ñandú-✓-🙂-\u202e")],
      ["given twice", "/qualifications/start?trn_token=a&trn_token=b"],
      ["percent-mangled", "/qualifications/start?trn_token=%E0%A4%A"],
    ];
    for (const [what, url] of cases) {
      await test.step(what, async () => {
        const response = await page.goto(url);
        expect(response?.status(), url.slice(0, 80)).toBe(200);
        await expect(link.heading).toHaveText(NOT_VALID);
        await expect(page).toHaveTitle(`${NOT_VALID} – ${AYTQ_SERVICE_NAME} – GOV.UK`);
        await expect(link.main.getByRole("link", { name: "sign in" })).toHaveAttribute("href", "/sign-in");
      });
    }
  });

  test("without a link, the start page is the generic one", async ({ startPage }) => {
    await startPage.goto();
    await expect(startPage.heading).toHaveText(AYTQ_SERVICE_NAME);
    await expect(startPage.startButton).toHaveAttribute("href", "/qualifications");
  });

  test("an expired link lets them ask for a new one, with the same answer whether or not the address matches", async ({
    page,
    context,
    mailbox,
    expiredLinkPage: expired,
    linkPage,
  }, testInfo) => {
    // The seed has one expired invitation (3000008), and asking for a new link with the right
    // address revokes it: it can be used once per database, so one project runs this.
    test.skip(testInfo.project.name !== "js-off", "3000008's expired invitation is used by the js-off run");
    test.setTimeout(180_000);
    await context.setExtraHTTPHeaders({ "x-forwarded-for": someIp() });
    const stranger = `not.sian.${Date.now()}@example.com`;
    let token = "";

    await test.step("the link in the old email says it has expired", async () => {
      token = await mailbox.followInvitation(SIAN.email);
      await expect(expired.heading).toHaveText("Your link has expired");
      await expect(page).toHaveTitle(`Your link has expired – ${AYTQ_SERVICE_NAME} – GOV.UK`);
      await expect(page.getByRole("button", { name: "Start now" })).toHaveCount(0);
    });

    await test.step("an address that is not an email address is refused", async () => {
      await submitWith(expired.sendButton);
      await expired.expectErrors([{ message: "Enter an email address", href: "#email" }]);
      await expired.askForNewLink("sian at example");
      await expired.expectErrors([{ message: "Enter an email address in the correct format, like name@example.com", href: "#email" }]);
      await expect(expired.email).toHaveValue("sian at example");
    });

    await test.step("another address: the same answer, and no email is sent", async () => {
      await expired.askForNewLink(stranger);
      await expectPath(page, "/qualifications/start/check-your-email");
      await expect(expired.heading).toHaveText("Check your email");
      await expect(expired.main).toContainText(`If ${stranger} matches the email address we sent your first link to`);
      for (const subject of [INVITATION_SUBJECT, NEW_LINK_SUBJECT]) expect(await mailbox.count(stranger, subject)).toBe(0);
      expect(await mailbox.count(SIAN.email, INVITATION_SUBJECT)).toBe(1);
      expect(await mailbox.count(SIAN.email, NEW_LINK_SUBJECT)).toBe(0);
    });

    await test.step("the address the link went to: the same answer, and a new link arrives", async () => {
      await page.goto(LinkPage.url(token));
      await expired.askForNewLink(SIAN.email.toUpperCase());
      await expectPath(page, "/qualifications/start/check-your-email");
      await expect(expired.main).toContainText(`If ${SIAN.email} matches the email address we sent your first link to`);
      expect(await mailbox.count(SIAN.email, INVITATION_SUBJECT)).toBe(1);
      expect(await mailbox.count(SIAN.email, NEW_LINK_SUBJECT)).toBe(1);
    });

    await test.step("the new email says it replaces the old link, without congratulating again", async () => {
      await mailbox.openNewest(SIAN.email, NEW_LINK_SUBJECT);
      await expect(mailbox.text()).toContainText("This link replaces the one we sent you before. The old link no longer works.");
      await expect(mailbox.text()).not.toContainText("Congratulations");
      await expect(mailbox.text()).toContainText(CONTACT_EMAIL);
    });

    await test.step("the new link works", async () => {
      await mailbox.followInvitation(SIAN.email, NEW_LINK_SUBJECT);
      await expect(expired.heading).toHaveText(`${SIAN.firstName}, you’ve been awarded qualified teacher status (QTS)`);
      await expect(linkPage.startButton).toBeVisible();
    });

    await test.step("and the old one no longer does", async () => {
      await page.goto(LinkPage.url(token));
      await expect(expired.heading).toHaveText(NOT_VALID);
    });
  });

  test("a link whose email address another account uses says so when they start", async ({ page, request, linkPage: link }) => {
    // Another service asks for a link for a new teacher's record, with an address that
    // Tomasz's account (3000002) already uses.
    const teacher = await awardQtsToNewTeacher(request, "Ama", "Boateng");
    const response = await request.post("/api/v1/trn-tokens", {
      headers: { Authorization: `Bearer ${DEVELOPMENT_API_KEY}` },
      data: { trn: teacher.trn, email: "tomasz.nowak@example.com" },
    });
    expect(response.status(), await response.text()).toBe(201);
    const { link: href } = (await response.json()) as { link: string };

    await page.goto(new URL(href).pathname + new URL(href).search);
    await expect(link.heading).toHaveText(`${teacher.firstName}, you’ve been awarded qualified teacher status (QTS)`);
    await link.startButton.click();
    await expectPath(page, "/qualifications/start/email-in-use");
    await expect(link.heading).toHaveText("Your email address is already used by another account");
    await expect(link.main.getByRole("link", { name: CONTACT_EMAIL })).toBeVisible();
  });
});
