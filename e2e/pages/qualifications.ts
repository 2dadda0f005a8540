// The AyTQ qualifications page, the "Change your details" interstitial, and reading certificates.
import fs from "node:fs/promises";
import { expect, type APIResponse, type Download, type Locator, type Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { GovukPage } from "./govuk-page";

export const QUALIFICATIONS_HEADING = "Your teaching qualifications";

export class QualificationsPage extends GovukPage {
  static readonly path = "/qualifications";
  readonly cards: Locator;
  readonly cardTitles: Locator;
  readonly yourDetails: Locator;
  readonly changeYourDetails: Locator;
  readonly certificateLinks: Locator;
  readonly emptyState: Locator;

  constructor(page: Page) {
    super(page);
    this.cards = page.locator(".govuk-summary-card");
    this.cardTitles = page.locator(".govuk-summary-card__title");
    this.yourDetails = page.getByRole("region", { name: "Your details" });
    this.changeYourDetails = this.yourDetails.getByRole("link", { name: "Change your details" });
    this.certificateLinks = this.main.getByRole("link", { name: /^Download .* certificate/ });
    this.emptyState = page.getByRole("heading", { level: 2, name: "You do not have any qualifications to show yet" });
  }

  async goto(): Promise<void> {
    await this.page.goto(QualificationsPage.path);
    await expect(this.heading).toHaveText(QUALIFICATIONS_HEADING);
  }

  /** The card whose title is exactly `title`; `nth` picks among cards with the same title. */
  card(title: string, nth = 0): Locator {
    return this.cards.filter({ has: this.page.locator(".govuk-summary-card__title", { hasText: new RegExp(`^${escapeRegExp(title)}$`) }) }).nth(nth);
  }

  /** A card's summary rows as key → value (the induction history's lists are not the card's rows). */
  async rowsOf(card: Locator): Promise<Record<string, string>> {
    const rows = card.locator(".govuk-summary-card__content > .govuk-summary-list > .govuk-summary-list__row");
    const entries: [string, string][] = [];
    for (const row of await rows.all()) {
      const key = (await row.locator(".govuk-summary-list__key").innerText()).trim();
      const value = (await row.locator(".govuk-summary-list__value").innerText()).trim();
      entries.push([key, value]);
    }
    return Object.fromEntries(entries);
  }

  /** The link "Download <short name> certificate", as a screen reader names it. */
  certificateLink(shortName: string): Locator {
    return this.main.getByRole("link", { name: `Download ${shortName} certificate` });
  }

  inductionHistory(): { details: Locator; summary: Locator; periods: Locator; headings: Locator } {
    const details = this.card("Induction").locator("details.govuk-details");
    return {
      details,
      summary: details.locator("summary"),
      periods: details.locator(".govuk-summary-list"),
      headings: details.getByRole("heading", { level: 3 }),
    };
  }

  /** The sentence under the induction status saying what it means (none when induction was passed). */
  inductionExplanation(): Locator {
    return this.card("Induction")
      .locator(".govuk-summary-card__content > p.govuk-body")
      .filter({ hasNot: this.page.getByRole("link") });
  }

  /** Each period in the opened induction history: its heading (the appropriate body) and rows. */
  async inductionPeriods(): Promise<Record<string, string>[]> {
    const { periods, headings } = this.inductionHistory();
    const found: Record<string, string>[] = [];
    const bodies = await headings.allInnerTexts();
    for (const [index, list] of (await periods.all()).entries()) {
      const entries: [string, string][] = [["Appropriate body", bodies[index]?.trim() ?? ""]];
      for (const row of await list.locator(".govuk-summary-list__row").all()) {
        entries.push([(await row.locator("dt").innerText()).trim(), (await row.locator("dd").innerText()).trim()]);
      }
      found.push(Object.fromEntries(entries));
    }
    return found;
  }

  /** "Name on certificates" and the TRN in Your details. */
  async details(): Promise<{ name: string; trn: string }> {
    const valueOf = async (term: string) =>
      (await this.yourDetails.locator("dt", { hasText: term }).locator("xpath=following-sibling::dd[1]").innerText()).trim();
    return { name: await valueOf("Name on certificates"), trn: await valueOf("Teacher reference number (TRN)") };
  }

  /** Clicks a certificate link and waits for the browser's download. */
  async download(shortName: string): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.certificateLink(shortName).click()]);
    return download;
  }
}

export class ChangeYourDetailsPage extends GovukPage {
  static readonly path = "/qualifications/account";
  static readonly heading = "Change your details in your DfE Identity account";
  readonly continueButton: Locator;
  readonly backLink: Locator;

  constructor(page: Page) {
    super(page);
    this.continueButton = page.getByRole("button", { name: "Continue" });
    this.backLink = page.getByRole("link", { name: "Back", exact: true });
  }
}

/** The reference printed on a certificate, such as "QTS-7Q4K-2M9X-3HPD". */
export function referenceIn(text: string): string {
  const reference = /Certificate reference ((?:QTS|EYTS|IND|NPQ)-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(text)?.[1];
  if (!reference) throw new Error(`No certificate reference in: ${text}`);
  return reference;
}

/** A certificate's text, read back from the PDF as a reader would copy it. */
export async function pdfText(pdf: Buffer | Uint8Array): Promise<{ text: string; pages: number }> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text, totalPages } = await extractText(document, { mergePages: true });
  return { text: text.replace(/\s+/g, " "), pages: totalPages };
}

export async function downloadedPdf(download: Download): Promise<Buffer> {
  return fs.readFile(await download.path());
}

/** A certificate response: a private PDF attachment with this file name, revalidated by its ETag. */
export async function expectCertificateResponse(response: APIResponse, fileName: string): Promise<Buffer> {
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers["content-type"]).toBe("application/pdf");
  expect(headers["content-disposition"]).toBe(`attachment; filename="${fileName}"`);
  expect(headers["cache-control"]).toBe("private, no-cache");
  expect(headers["etag"]).toMatch(/^"[0-9a-f]{64}"$/);
  const body = await response.body();
  expect(body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  return body;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
