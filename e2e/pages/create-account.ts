// The magic-link pages (start page by link state) and the account set-up journey's questions,
// plus the in-app mailbox as a teacher reads it.
import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { GovukPage } from "./govuk-page";

export const IDENTITY_SERVICE_NAME = "DfE Identity account";
export const INVITATION_SUBJECT = "You’ve been awarded qualified teacher status (QTS)";
/** A new link sent in place of an expired one (or re-sent by staff). */
export const NEW_LINK_SUBJECT = "Your new link to Access your teaching qualifications";
export const INVITATION_LINK_TEXT = "Set up your account and view your QTS certificate";
export const EMAIL_CODE_SUBJECT = "Confirm your email address for your DfE Identity account";
/** Seeded for development and tests only (lib/identity/api-keys.ts). */
export const DEVELOPMENT_API_KEY = "aytq_development_key_for_local_use_only";

/**
 * The page is at `path` (with its query), whatever the fragment: without JavaScript a form
 * posted after following an error summary link keeps that #fragment through the redirect.
 */
export async function expectPath(page: Page, path: string): Promise<void> {
  await expect(page).toHaveURL((url) => url.pathname + url.search === path);
}

// GOV.UK Frontend ignores a second click on a button within a second (data-prevent-double-click).
// With JavaScript on, a form that comes back with errors stays the same page, so a test that
// corrects an answer at machine speed would be ignored: wait that second out, as people do.
const lastSubmitAt = new WeakMap<Page, number>();

/** Clicks a submit button, no sooner than a second after the last one on this page. */
export async function submitWith(button: Locator): Promise<void> {
  const page = button.page();
  const wait = (lastSubmitAt.get(page) ?? 0) + 1_100 - Date.now();
  if (wait > 0) await page.waitForTimeout(wait);
  await button.click();
  lastSubmitAt.set(page, Date.now());
}

export class QuestionPage extends GovukPage {
  readonly backLink: Locator;
  readonly continueButton: Locator;
  readonly errorSummary: Locator;

  constructor(page: Page) {
    super(page);
    this.backLink = page.getByRole("link", { name: "Back", exact: true });
    this.continueButton = page.getByRole("button", { name: "Continue" });
    this.errorSummary = page.locator(".govuk-error-summary");
  }

  async continue(): Promise<void> {
    await submitWith(this.continueButton);
  }

  /** The error summary lists exactly these messages, each linking to its field. */
  async expectErrors(errors: { message: string; href: string }[]): Promise<void> {
    await expect(this.errorSummary.getByRole("heading", { name: "There is a problem" })).toBeVisible();
    const links = this.errorSummary.getByRole("link");
    await expect(links).toHaveText(errors.map((e) => e.message));
    for (const [index, { href }] of errors.entries()) await expect(links.nth(index)).toHaveAttribute("href", href);
  }

  /** The field's own error message, with GOV.UK's hidden "Error:" prefix. */
  fieldError(id: string): Locator {
    return this.page.locator(`#${id}-error`);
  }
}

/** /qualifications/start?trn_token=…, whatever the link's state. */
export class LinkPage extends GovukPage {
  readonly startButton: Locator;
  readonly signInButton: Locator;
  /** "You already have an account" for someone signed in. */
  readonly qualificationsButton: Locator;

  constructor(page: Page) {
    super(page);
    this.startButton = page.getByRole("button", { name: "Start now" });
    this.signInButton = page.getByRole("button", { name: "Sign in" }).or(page.getByRole("link", { name: "Sign in", exact: true }));
    this.qualificationsButton = page.getByRole("button", { name: "Go to your teaching qualifications" });
  }

  static url(token: string): string {
    return `/qualifications/start?trn_token=${encodeURIComponent(token)}`;
  }
}

export class ExpiredLinkPage extends QuestionPage {
  readonly email: Locator;
  readonly sendButton: Locator;

  constructor(page: Page) {
    super(page);
    this.email = page.getByLabel("Email address");
    this.sendButton = page.getByRole("button", { name: "Send a new link" });
  }

  async askForNewLink(email: string): Promise<void> {
    await this.email.fill(email);
    await submitWith(this.sendButton);
  }
}

export class NamePage extends QuestionPage {
  static readonly path = "/create-account/name";
  readonly firstName: Locator;
  readonly lastName: Locator;

  constructor(page: Page) {
    super(page);
    this.firstName = page.getByLabel("First name");
    this.lastName = page.getByLabel("Last name");
  }

  async answer(first: string, last: string): Promise<void> {
    await this.firstName.fill(first);
    await this.lastName.fill(last);
    await this.continue();
  }
}

export class DateOfBirthPage extends QuestionPage {
  static readonly path = "/create-account/date-of-birth";
  readonly day: Locator;
  readonly month: Locator;
  readonly year: Locator;

  constructor(page: Page) {
    super(page);
    this.day = page.getByLabel("Day");
    this.month = page.getByLabel("Month");
    this.year = page.getByLabel("Year");
  }

  async fill(day: string, month: string, year: string): Promise<void> {
    await this.day.fill(day);
    await this.month.fill(month);
    await this.year.fill(year);
  }

  async answer(day: string, month: string, year: string): Promise<void> {
    await this.fill(day, month, year);
    await this.continue();
  }
}

export class MobilePage extends QuestionPage {
  static readonly path = "/create-account/mobile";
  readonly mobile: Locator;

  constructor(page: Page) {
    super(page);
    this.mobile = page.getByLabel("Mobile number");
  }

  async answer(mobile: string): Promise<void> {
    await this.mobile.fill(mobile);
    await this.continue();
  }
}

export class ConfirmEmailPage extends QuestionPage {
  static readonly path = "/create-account/email";
  readonly yes: Locator;
  readonly no: Locator;

  constructor(page: Page) {
    super(page);
    this.yes = page.getByRole("radio", { name: "Yes" });
    this.no = page.getByRole("radio", { name: "No" });
  }

  question(email: string): Locator {
    return this.page.getByRole("group", { name: `Is ${email} the email address you want to use?` });
  }

  async answer(useIt: boolean): Promise<void> {
    await (useIt ? this.yes : this.no).check();
    await this.continue();
  }
}

export class OtherEmailPage extends QuestionPage {
  static readonly path = "/create-account/email/other";
  readonly email: Locator;

  constructor(page: Page) {
    super(page);
    this.email = page.getByLabel("What email address do you want to use?");
  }

  async answer(email: string): Promise<void> {
    await this.email.fill(email);
    await this.continue();
  }
}

export class EmailCodePage extends QuestionPage {
  static readonly path = "/create-account/email/code";
  readonly code: Locator;
  readonly sendNewCode: Locator;
  readonly useDifferentEmail: Locator;
  readonly banner: Locator;

  constructor(page: Page) {
    super(page);
    this.code = page.getByLabel(/^Enter the 6-digit code we sent to/);
    this.sendNewCode = page.getByRole("button", { name: "Send a new code" });
    this.useDifferentEmail = page.getByRole("link", { name: "Use a different email address" });
    this.banner = page.locator(".govuk-notification-banner");
  }

  async enter(code: string): Promise<void> {
    await this.code.fill(code);
    await this.continue();
  }
}

export class CheckAnswersPage extends QuestionPage {
  static readonly path = "/create-account/check-answers";
  readonly createAccountButton: Locator;

  constructor(page: Page) {
    super(page);
    this.createAccountButton = page.getByRole("button", { name: "Create account" });
  }

  /** The value in the summary list row with this key. */
  value(key: string): Locator {
    return this.page
      .locator(".govuk-summary-list__row")
      .filter({ has: this.page.locator("dt", { hasText: key }) })
      .locator(".govuk-summary-list__value");
  }

  /** "Change" with its hidden text, e.g. "Change name". */
  changeLink(what: string): Locator {
    return this.page.getByRole("link", { name: `Change ${what}`, exact: true });
  }
}

export class AccountCreatedPage extends GovukPage {
  static readonly path = "/create-account/done";
  readonly panel: Locator;
  /** The button naming where it goes. */
  readonly qualificationsButton: Locator;

  constructor(page: Page) {
    super(page);
    this.panel = page.locator(".govuk-panel--confirmation");
    this.qualificationsButton = page.getByRole("button", { name: "Go to your teaching qualifications" });
  }
}

/** The in-app mailbox (outside production), read the way a teacher reads email. */
export class Mailbox {
  constructor(readonly page: Page) {}

  /** Opens the newest message to `to` with this subject. */
  async openNewest(to: string, subject: string): Promise<void> {
    await this.page.goto(`/mailbox?to=${encodeURIComponent(to)}`);
    await this.page.getByRole("link", { name: subject, exact: true }).first().click();
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText(subject);
  }

  /** How many messages to `to` have this subject. */
  async count(to: string, subject: string): Promise<number> {
    await this.page.goto(`/mailbox?to=${encodeURIComponent(to)}`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Mailbox" })).toBeVisible();
    return this.page.getByRole("link", { name: subject, exact: true }).count();
  }

  /** In an open message: the link whose text is `name`, under "Links in this email". */
  link(name: string | RegExp): Locator {
    return this.page.getByRole("list", { name: "Links in this email" }).getByRole("link", { name });
  }

  /** In an open message: its plain-text part. */
  text(): Locator {
    return this.page.getByTestId("email-text");
  }

  /** Opens the newest invitation to `to` (or new link, by its subject) and follows its link to the start page. */
  async followInvitation(to: string, subject = INVITATION_SUBJECT): Promise<string> {
    await this.openNewest(to, subject);
    const link = this.link(INVITATION_LINK_TEXT);
    const href = await link.getAttribute("href");
    await link.click();
    const token = new URL(href!).searchParams.get("trn_token");
    expect(token, "the invitation link carries a token").toBeTruthy();
    return token!;
  }

  /** The 6-digit code in the newest email-code message to `to`. */
  async newestEmailCode(to: string): Promise<string> {
    await this.openNewest(to, EMAIL_CODE_SUBJECT);
    const code = /\b(\d{6})\b/.exec((await this.text().textContent()) ?? "")?.[1];
    expect(code, "the email carries a 6-digit code").toBeTruthy();
    return code!;
  }
}

export interface NewTeacher {
  trn: string;
  firstName: string;
  lastName: string;
  email: string;
}

/**
 * A brand-new teacher, as the Register/Apply for QTS service would tell us about one: a fresh
 * TRN (4 and 6 random digits, outside the personas' 3000001–3000008) and an invitation email.
 */
export async function awardQtsToNewTeacher(request: APIRequestContext, firstName = "Nia", lastName = "Evans"): Promise<NewTeacher> {
  const trn = `4${String(Math.floor(Math.random() * 1_000_000)).padStart(6, "0")}`;
  const teacher = { trn, firstName, lastName, email: `${firstName}.${lastName}.${trn}@example.com`.toLowerCase() };
  const awardedOn = new Date(Date.now() - 7 * 24 * 3600_000).toISOString().slice(0, 10);
  const response = await request.post("/api/v1/qts-awards", {
    headers: { Authorization: `Bearer ${DEVELOPMENT_API_KEY}` },
    data: { ...teacher, dateOfBirth: "1996-05-20", qtsAwardedOn: awardedOn },
  });
  expect(response.status(), await response.text()).toBe(201);
  return teacher;
}
