// The public check page (/check-a-certificate) and its answers.
import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { GovukPage } from "./govuk-page";

export const CHECK_PAGE_TITLE_SUFFIX = " – Access your teaching qualifications – GOV.UK";

export class CheckACertificatePage extends GovukPage {
  static readonly path = "/check-a-certificate";
  readonly reference: Locator;
  readonly checkButton: Locator;
  readonly errorSummary: Locator;
  readonly fieldError: Locator;
  readonly panel: Locator;
  readonly checkAnother: Locator;

  constructor(page: Page) {
    super(page);
    this.reference = page.getByLabel("Certificate reference");
    this.checkButton = page.getByRole("button", { name: "Check certificate" });
    this.errorSummary = page.locator(".govuk-error-summary");
    this.fieldError = page.locator("#reference-error");
    this.panel = page.locator(".govuk-panel");
    this.checkAnother = page.getByRole("link", { name: "Check another certificate" });
  }

  async goto(): Promise<void> {
    await this.page.goto(CheckACertificatePage.path);
    await expect(this.heading).toHaveText("Check a certificate");
  }

  /** Types a reference and asks: a GET of the page with ?reference=…, with or without JavaScript. */
  async check(reference: string): Promise<void> {
    await this.reference.fill(reference);
    await this.checkButton.click();
    await expect(this.page).toHaveURL((url) => url.pathname === CheckACertificatePage.path && url.searchParams.has("reference"));
  }

  /** The genuine answer's summary list as key → value. */
  async details(): Promise<Record<string, string>> {
    const entries: [string, string][] = [];
    for (const row of await this.main.locator(".govuk-summary-list__row").all()) {
      entries.push([(await row.locator(".govuk-summary-list__key").innerText()).trim(), (await row.locator(".govuk-summary-list__value").innerText()).trim()]);
    }
    return Object.fromEntries(entries);
  }
}

/**
 * A made-up client address, so that the per-address limit on checks counts each test alone: one
 * of 16 million, so that no two tests of a run share one (the guesser spends a whole allowance).
 */
export function someClientAddress(): string {
  const byte = () => Math.floor(Math.random() * 256);
  return `10.${byte()}.${byte()}.${byte()}`;
}

/** Journey-test fixture (APP_ENV=test): the reference of a record's certificate, issued now if need be. */
export async function issueForTests(request: APIRequestContext, trn: string, type = "qts"): Promise<string> {
  const response = await request.post("/api/testing/certificates", { data: { trn, type } });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { reference: string }).reference;
}

/** Journey-test fixture (APP_ENV=test): changes a record's DQT name as an accepted change of name will. */
export async function changeDqtNameForTests(request: APIRequestContext, trn: string, firstName: string, lastName: string) {
  const response = await request.post("/api/testing/record-names", { data: { trn, firstName, lastName } });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { superseded: string[] }).superseded;
}
