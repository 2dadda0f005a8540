// The `test` every journey imports. What it adds:
//  - page checks (e2e/page-checks.ts): every page state the test sees is checked once with axe
//    and for reflow at 320 px, with a time budget of their own; the test fails at the end
//    listing what was wrong;
//  - no request leaves localhost: the app serves its own CSS, fonts, images and scripts;
//  - the page objects (e2e/pages/), made for the test's page when it names them:
//      test("…", async ({ signInPage, mailbox }) => { await signInPage.goto(); … });
// Pure API specs (*.api.spec.ts) import `apiTest` instead, so they start no browser.
import { test as base, expect, type Page } from "@playwright/test";
import {
  AccountCreatedPage,
  CheckAnswersPage,
  ConfirmEmailPage,
  DateOfBirthPage,
  EmailCodePage,
  ExpiredLinkPage,
  LinkPage,
  Mailbox,
  MobilePage,
  NamePage,
  OtherEmailPage,
} from "./pages/create-account";
import { GovukPage } from "./pages/govuk-page";
import { ChangeYourDetailsPage, QualificationsPage } from "./pages/qualifications";
import { ContinueSignInPage, SignInCheckEmailPage, SignInPage, SignOutPage } from "./pages/sign-in";
import { StartPage } from "./pages/start-page";
import { checksFor, formatOverflows, formatViolations, PageChecks, REFLOW_WIDTH, type PageViolations } from "./page-checks";

export { expect };
export { AXE_TAGS, formatViolations } from "./page-checks";

/**
 * Checks the current page with axe now and fails at once on a violation. The automatic checks
 * already cover every page state; use this where a page changes in place without a new URL or
 * title and the test then ends or navigates without acting on it.
 */
export async function expectAccessible(page: Page): Promise<void> {
  const checks = checksFor(page);
  let outcome: PageViolations | undefined;
  await expect(async () => {
    outcome = checks ? await checks.check(page, { reflow: false }) : undefined;
    expect(outcome, "the page kept changing while axe ran").toBeDefined();
  }).toPass({ timeout: 15_000 });
  const { violations } = outcome!;
  expect(violations.length, violations.length ? formatViolations([outcome!]) : undefined).toBe(0);
}

/**
 * WCAG 1.4.10 reflow, now: at `width` CSS pixels wide nothing scrolls sideways. Every page state
 * is checked at 320 px automatically; this is for a state the test makes in place, or another
 * width. The viewport is put back afterwards.
 */
export async function expectNoHorizontalScroll(page: Page, width = REFLOW_WIDTH): Promise<void> {
  const previous = page.viewportSize();
  await page.setViewportSize({ width, height: 800 });
  try {
    await expect(async () => {
      const { scrollWidth, elements } = await page.evaluate((limit) => {
        const past = Array.from(document.querySelectorAll("body *")).filter((el) => el.getBoundingClientRect().right > limit + 0.5);
        return {
          scrollWidth: document.documentElement.scrollWidth,
          elements: past.slice(0, 8).map((el) => `${el.tagName.toLowerCase()}${Array.from(el.classList, (c) => `.${c}`).join("")}`),
        };
      }, width);
      expect(scrollWidth, formatOverflows([{ state: { key: "", url: page.url(), title: "", width }, scrollWidth, elements }])).toBeLessThanOrEqual(width);
    }).toPass({ timeout: 5_000 });
  } finally {
    if (previous) await page.setViewportSize(previous);
  }
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

function isOffsite(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return /^(https?|wss?):$/.test(protocol) && !LOCAL_HOSTS.has(hostname);
}

interface Checks {
  /** The automatic axe and reflow checks (see PageChecks); journeys rarely need them directly. */
  pageChecks: PageChecks;
  /** Every request the pages made to anywhere but localhost; must stay empty. */
  offsiteRequests: string[];
}

/** The page objects, each for the test's `page`. */
export interface PageObjects {
  govukPage: GovukPage;
  startPage: StartPage;
  linkPage: LinkPage;
  expiredLinkPage: ExpiredLinkPage;
  namePage: NamePage;
  dateOfBirthPage: DateOfBirthPage;
  mobilePage: MobilePage;
  confirmEmailPage: ConfirmEmailPage;
  otherEmailPage: OtherEmailPage;
  emailCodePage: EmailCodePage;
  checkAnswersPage: CheckAnswersPage;
  accountCreatedPage: AccountCreatedPage;
  signInPage: SignInPage;
  signInCheckEmailPage: SignInCheckEmailPage;
  continueSignInPage: ContinueSignInPage;
  signOutPage: SignOutPage;
  qualificationsPage: QualificationsPage;
  changeYourDetailsPage: ChangeYourDetailsPage;
  /** The in-app mailbox, read as a teacher reads email. */
  mailbox: Mailbox;
}

type PageObjectFixture<T> = (args: { page: Page }, use: (value: T) => Promise<void>) => Promise<void>;
const pageObject =
  <T>(make: new (page: Page) => T): PageObjectFixture<T> =>
  async ({ page }, use) =>
    use(new make(page));

export const test = base.extend<Checks & PageObjects>({
  offsiteRequests: [
    async ({ context }, use) => {
      const offsite: string[] = [];
      context.on("request", (request) => {
        if (isOffsite(request.url())) offsite.push(`${request.method()} ${request.url()}`);
      });
      await use(offsite);
      expect(offsite, "requests that left localhost (the app must serve everything itself)").toEqual([]);
    },
    { auto: true },
  ],
  pageChecks: [
    async ({ context, page, javaScriptEnabled }, use, testInfo) => {
      const checks = new PageChecks(testInfo, javaScriptEnabled);
      checks.watch(page);
      context.on("page", (other) => checks.watch(other));
      await use(checks);
      await checks.finish(context.pages());
    },
    { auto: true },
  ],
  govukPage: pageObject(GovukPage),
  startPage: pageObject(StartPage),
  linkPage: pageObject(LinkPage),
  expiredLinkPage: pageObject(ExpiredLinkPage),
  namePage: pageObject(NamePage),
  dateOfBirthPage: pageObject(DateOfBirthPage),
  mobilePage: pageObject(MobilePage),
  confirmEmailPage: pageObject(ConfirmEmailPage),
  otherEmailPage: pageObject(OtherEmailPage),
  emailCodePage: pageObject(EmailCodePage),
  checkAnswersPage: pageObject(CheckAnswersPage),
  accountCreatedPage: pageObject(AccountCreatedPage),
  signInPage: pageObject(SignInPage),
  signInCheckEmailPage: pageObject(SignInCheckEmailPage),
  continueSignInPage: pageObject(ContinueSignInPage),
  signOutPage: pageObject(SignOutPage),
  qualificationsPage: pageObject(QualificationsPage),
  changeYourDetailsPage: pageObject(ChangeYourDetailsPage),
  mailbox: pageObject(Mailbox),
});

/** For specs that only call HTTP APIs: no browser, no page checks. */
export const apiTest = base;
