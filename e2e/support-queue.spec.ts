// The support console as a team works it: two agents on one queue claim different requests, a
// decision goes through its confirmation and on to the next request, the queue's due dates count
// working days (an overdue request sent before a bank holiday), references find what they name,
// and admins add staff and revoke keys through a confirmation. Each journey works on fresh copies
// of Daniel (his waiting name change), backdated through the test-only API where the date matters.
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expectNoHorizontalScroll } from "./fixtures";
import { expect, signedInAs, test } from "./fixtures/session";
import { expectPath, submitWith } from "./pages/create-account";
import { ukDay } from "../lib/format/dates";
import { addWorkingDays } from "../lib/format/working-days";

const SUPPORT = "support@example.com";
const ADMIN = "admin@example.com";

const LONG_DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** Daniel's copy's waiting request, as if sent at `sentAt`: its reference. */
async function backdate(context: BrowserContext, trn: string, sentAt: Date): Promise<string> {
  const response = await context.request.post("/api/testing/change-requests", { data: { trn, sentAt: sentAt.toISOString() } });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { reference: string }).reference;
}

/** A second agent: a browser context of their own, signed in, with the test's JavaScript setting. */
async function secondAgent(browser: Browser, baseURL: string, javaScriptEnabled: boolean, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, javaScriptEnabled });
  await signedInAs(context, baseURL, email);
  return context.newPage();
}

const referenceIn = async (page: Page) => /CR-[0-9A-Z]{6}/.exec(await page.getByRole("heading", { level: 1 }).innerText())![0];

test.describe("Working the change request queue", () => {
  test("two agents with one queue claim different requests; the second sees the first's claim and takes it over deliberately, and the first's open pages then cannot decide it", async ({
    page,
    browser,
    baseURL,
    javaScriptEnabled,
    newTeacher,
    signedInAs: signIn,
  }) => {
    test.slow(); // two agents, two browser contexts
    // Two requests sent long ago: due before anything else in the shared queue.
    const longAgo = new Date(Date.now() - 400 * 24 * 3600_000);
    for (const offset of [0, 1])
      await backdate(page.context(), (await newTeacher("daniel", { signIn: false })).trn, new Date(longAgo.getTime() + offset * 60_000));
    await signIn(SUPPORT);
    const other = await secondAgent(browser, baseURL!, javaScriptEnabled, ADMIN);

    await page.goto("/support/change-requests");
    await page.getByRole("button", { name: "Start the next request" }).click();
    const first = await referenceIn(page);
    await expect(page.getByText(/You are looking at this request/)).toBeVisible();

    await other.goto("/support/change-requests");
    // The queue shows who has it.
    await expect(
      other
        .getByRole("row", { name: new RegExp(first) })
        .getByRole("cell")
        .last(),
    ).toHaveText("Jordan Ellis");
    await other.getByRole("button", { name: "Start the next request" }).click();
    const second = await referenceIn(other);
    expect(second).not.toBe(first);

    // The first agent keeps the request's confirmation page open in a second tab, as well as the request.
    const confirmation = await page.context().newPage();
    await confirmation.goto(`/support/change-requests/${first}/accept`);
    await expect(confirmation.getByRole("button", { name: "Accept and change the record" })).toBeVisible();

    await test.step("the second agent opening the first's request, or its confirmation page, sees who has it, and no decision", async () => {
      await other.goto(`/support/change-requests/${first}`);
      await expect(other.locator(".govuk-warning-text")).toContainText(/Being looked at by Jordan Ellis since (\d{1,2}(:\d{2})?(am|pm)|midday|midnight)/);
      await expect(other.getByRole("button", { name: "Accept this request" })).toHaveCount(0);
      await expect(other.getByRole("button", { name: "Reject request" })).toHaveCount(0);
      await expect(other.getByRole("button", { name: "Take over this request" })).toBeVisible();

      await other.goto(`/support/change-requests/${first}/accept`);
      await expect(other.locator(".govuk-warning-text")).toContainText("Being looked at by Jordan Ellis");
      await expect(other.getByRole("button", { name: "Accept and change the record" })).toHaveCount(0);
      await submitWith(other.getByRole("button", { name: "Take over this request" }));
      // Taken over deliberately, back on the confirmation page, which now offers the decision.
      await expectPath(other, `/support/change-requests/${first}/accept`);
      await expect(other.getByRole("button", { name: "Accept and change the record" })).toBeVisible();
    });

    await test.step("the first agent's pages, opened before, no longer decide it: each says who has it and offers to take it over", async () => {
      await submitWith(confirmation.getByRole("button", { name: "Accept and change the record" }));
      await expect(confirmation.locator(".govuk-error-summary")).toContainText(
        /Being looked at by Morgan Clarke since .+\. Take over the request to decide it/,
      );
      await expect(confirmation).toHaveTitle(/^Error: /);
      await expect(confirmation.getByRole("button", { name: "Accept and change the record" })).toHaveCount(0);
      await expect(confirmation.getByRole("button", { name: "Take over this request" })).toBeVisible();

      await page.getByLabel(/We could not read the document/).check();
      await submitWith(page.getByRole("button", { name: "Reject request" }));
      await expect(page.locator(".govuk-error-summary")).toContainText("Being looked at by Morgan Clarke");
      await expect(page.getByRole("button", { name: "Reject request" })).toHaveCount(0);
      await expect(page.getByRole("button", { name: "Take over this request" })).toBeVisible();

      // Nothing was decided: the request still waits, with the second agent.
      await page.goto(`/support/change-requests/${first}`);
      await expect(page.locator(".govuk-warning-text")).toContainText("Being looked at by Morgan Clarke");
      await expect(page.locator("main .govuk-tag").first()).toHaveText("Waiting for a decision");
      await confirmation.close();
    });

    await test.step("released, the requests go back to the queue", async () => {
      for (const reference of [first, second]) {
        await other.goto(`/support/change-requests/${reference}`);
        await submitWith(other.getByRole("button", { name: "Release this request" }));
        await expect(other.getByRole("heading", { level: 1 })).toHaveText("Change requests");
      }
      await expectNoHorizontalScroll(other);
    });
    await other.context().close();
  });

  test("accept through the confirmation, then on to the next request; the decided request keeps the old name", async ({
    page,
    newTeacher,
    signedInAs: signIn,
  }) => {
    const daniel = await newTeacher("daniel", { signIn: false });
    await signIn(SUPPORT);
    await page.goto(`/support/teachers/${daniel.trn}`);
    await page.getByRole("link", { name: /^Review/ }).click();
    const reference = await referenceIn(page);

    await test.step("keyboard users can skip the document to the decision", async () => {
      const skip = page.getByRole("link", { name: "Skip the document and go to the decision" });
      await expect(skip).toHaveAttribute("href", "#decide");
      await expect(page.locator("#decide")).toHaveText("Accept the request");
    });

    await test.step("'Accept this request' asks first, saying exactly what will change", async () => {
      await page.getByRole("button", { name: "Accept this request" }).click();
      await expectPath(page, `/support/change-requests/${reference}/accept`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Are you sure you want to change Daniel Osei’s name?");
      await expect(page.locator(".govuk-summary-list")).toContainText("Name nowDaniel Osei");
      await expect(page.locator(".govuk-summary-list")).toContainText("Will change toDaniel Osei-Bonsu");
      await expectNoHorizontalScroll(page);
    });

    await test.step("confirmed: the next request, its banner naming the teacher and the reference", async () => {
      await submitWith(page.getByRole("button", { name: "Accept and change the record" }));
      const banner = page.locator(".govuk-notification-banner--success");
      // The teacher by the name the record now has.
      await expect(banner).toContainText(`Request ${reference} for Daniel Osei-Bonsu accepted`);
      await expect(page).not.toHaveURL(new RegExp(`/support/change-requests/${reference}(\\?|$)`));
    });

    await test.step("the decided request shows the name before the decision, and when it was decided", async () => {
      await page.goto(`/support/change-requests/${reference}`);
      await expect(page.locator(".govuk-summary-card", { hasText: "On the record before the decision" })).toContainText("Daniel Osei");
      await expect(page.locator(".govuk-summary-card", { hasText: "Outcome" })).toContainText(
        /Decided\d{1,2} \w+ \d{4} at (\d{1,2}(:\d{2})?(am|pm)|midday|midnight)/,
      );
    });
  });

  test("the queue: due dates in working days, an overdue request sent before a bank holiday, filters and pages", async ({
    page,
    newTeacher,
    signedInAs: signIn,
  }) => {
    // Thursday 27 August 2026: the summer bank holiday is Monday 31st, so 5 working days end Friday 4 September.
    const beforeHoliday = await backdate(page.context(), (await newTeacher("daniel", { signIn: false })).trn, new Date("2026-08-27T10:00:00Z"));
    // 8 working days ago, in England.
    const eightAgoDay = addWorkingDays(ukDay(new Date()), -8);
    const eightAgo = await backdate(page.context(), (await newTeacher("daniel", { signIn: false })).trn, new Date(eightAgoDay.getTime() + 11 * 3600_000));
    await signIn(SUPPORT);

    await page.goto("/support/change-requests");
    const holidayRow = page.getByRole("row", { name: new RegExp(beforeHoliday) });
    await expect(holidayRow).toContainText("27 August 2026");
    await expect(holidayRow).toContainText("4 September 2026");
    await expect(holidayRow.locator(".govuk-tag")).toHaveText("Overdue");
    await expect(holidayRow).toContainText(/Daniel Osei →\s*changed to\s*Daniel Osei-Bonsu/);

    await page.getByLabel("Type").selectOption("NAME");
    await page.getByLabel("Assigned to").selectOption("unassigned");
    await page.getByRole("button", { name: "Show requests" }).click();
    await expect(page).toHaveURL(/kind=NAME&owner=unassigned/);
    await expect(page.getByLabel("Type")).toHaveValue("NAME");
    const eightRow = page.getByRole("row", { name: new RegExp(eightAgo) });
    await expect(eightRow).toContainText(LONG_DATE.format(addWorkingDays(eightAgoDay, 5)));
    await expect(eightRow.locator(".govuk-tag")).toHaveText("Overdue");

    await page.getByLabel("Assigned to").selectOption("mine");
    await page.getByRole("button", { name: "Show requests" }).click();
    await expect(page.getByRole("row", { name: new RegExp(eightAgo) })).toHaveCount(0);
  });

  test("find a request by its reference, and a teacher by a certificate's", async ({ page, context, newTeacher, signedInAs: signIn }) => {
    const daniel = await newTeacher("daniel", { signIn: false });
    const certificate = await context.request.post("/api/testing/certificates", { data: { trn: daniel.trn, type: "qts" } });
    expect(certificate.status()).toBe(201);
    const { reference: certificateReference } = (await certificate.json()) as { reference: string };
    const requestReference = await backdate(context, daniel.trn, new Date(Date.now() - 3600_000));
    await signIn(SUPPORT);

    await page.goto("/support");
    await page.getByLabel(/TRN, email address, name or reference/).fill(` ${requestReference.toLowerCase().replace("-", " ")} `);
    await page.getByRole("button", { name: "Search" }).click();
    await expectPath(page, `/support/change-requests/${requestReference}`);

    await page.goto("/support");
    await page.getByLabel(/TRN, email address, name or reference/).fill(certificateReference.toLowerCase());
    await page.getByRole("button", { name: "Search" }).click();
    await expectPath(page, `/support/teachers/${daniel.trn}`);
  });
});

test.describe("Admins", () => {
  test("add a member of staff from /support/staff/new", async ({ page, signedInAs: signIn }, testInfo) => {
    await signIn(ADMIN);
    const email = `new.agent.${testInfo.project.name}.${Date.now()}@example.com`;
    await page.goto("/support/staff");
    await page.getByRole("button", { name: "Add a member of staff" }).click();
    await expectPath(page, "/support/staff/new");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add a member of staff");
    await page.getByLabel("First name").fill("Robin");
    await page.getByLabel("Last name").fill("Agent");
    await page.getByLabel("Work email address").fill(email);
    await page.getByLabel("Support", { exact: true }).check();
    await submitWith(page.getByRole("button", { name: "Add member of staff" }));
    await expect(page.locator(".govuk-notification-banner--success")).toContainText("The member of staff has been added");
    await expect(page.getByRole("row", { name: new RegExp(email.replace(/[.+]/g, "\\$&")) })).toContainText("Support");
  });

  test("a support member opening an admin page, a teacher who is not there, or an address that is no console page, gets the console's 404 page, with JavaScript on or off", async ({
    page,
    signedInAs: signIn,
  }) => {
    // Admin pages that name something real: a member of staff, a key to revoke (as an admin sees them).
    await signIn(ADMIN);
    await page.goto("/support/staff");
    const member = await page
      .locator("main")
      .getByRole("link", { name: /^Change / })
      .first()
      .getAttribute("href");
    await page.goto("/support/api-keys");
    const revoke = await page
      .locator("main")
      .getByRole("link", { name: /^Revoke / })
      .first()
      .getAttribute("href");
    expect([member, revoke]).toEqual([
      expect.stringMatching(/^\/support\/staff\/[0-9a-f-]{36}$/),
      expect.stringMatching(/^\/support\/api-keys\/[0-9a-f-]{36}\/revoke$/),
    ]);

    await signIn(SUPPORT);
    const adminPages = ["/support/staff", "/support/staff/new", member!, "/support/api-keys", "/support/api-keys/new", revoke!];
    const notPages = ["/support/no-such-page", "/support/teachers/3000009/nonsense", "/support/change-requests/CR-D4N1EZ/accept/more"];
    for (const path of [...adminPages, "/support/teachers/3999999", ...notPages]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
      // Inside the console: its header and title, not the teacher service's.
      await expect(page.locator(".govuk-service-navigation")).toContainText("Support for teaching records");
      await expect(page).toHaveTitle("Page not found – Support for teaching records – GOV.UK");
    }
  });

  test("no address word makes a console page fail: ?done=toString, constructor, __proto__", async ({ page, newTeacher, signedInAs: signIn }) => {
    const daniel = await newTeacher("daniel", { signIn: false });
    await signIn(ADMIN);
    for (const path of ["/support/invitations", "/support/staff", "/support/api-keys", `/support/teachers/${daniel.trn}`, "/support/change-requests"]) {
      for (const word of ["toString", "constructor", "__proto__", "hasOwnProperty"]) {
        const response = await page.request.get(`${path}?done=${word}&kind=${word}&owner=${word}&filter=${word}&decided=${word}`);
        expect(response.status(), `${path}?done=${word}`).toBe(200);
      }
    }
  });
});
