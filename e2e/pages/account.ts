// /account: the DfE Identity account, its change pages, and requests to change the record.
import { expect, type Locator, type Page } from "@playwright/test";
import { GovukPage } from "./govuk-page";

export const IDENTITY_SERVICE_NAME = "DfE Identity account";

export class AccountPage extends GovukPage {
  readonly accountCard: Locator;
  readonly recordCard: Locator;
  readonly successBanner: Locator;

  constructor(page: Page) {
    super(page);
    this.accountCard = page.locator(".govuk-summary-card", { has: page.getByRole("heading", { name: "DfE Identity account", exact: true }) });
    this.recordCard = page.locator(".govuk-summary-card", { has: page.getByRole("heading", { name: "Teaching record", exact: true }) });
    this.successBanner = page.locator(".govuk-notification-banner--success");
  }

  async goto(): Promise<void> {
    await this.page.goto("/account");
    await expect(this.heading).toHaveText("Your DfE Identity account");
  }

  /** A card's rows as { key: value }. */
  async rows(card: Locator): Promise<Record<string, string>> {
    const rows = card.locator(".govuk-summary-list__row");
    const result: Record<string, string> = {};
    for (let i = 0; i < (await rows.count()); i++) {
      const key = (await rows.nth(i).locator(".govuk-summary-list__key").innerText()).trim();
      result[key] = (await rows.nth(i).locator(".govuk-summary-list__value").innerText()).trim().replace(/\s+/g, " ");
    }
    return result;
  }

  /** The "Change" link of a row, found by its full accessible name ("Change mobile number (DfE Identity account)"). */
  changeLink(what: string, card: "DfE Identity account" | "Teaching record"): Locator {
    return this.page.getByRole("link", { name: `Change ${what} (${card})`, exact: true });
  }
}
