// /account: the DfE Identity account, its change pages, and requests to change the record.
import { expect, type Locator, type Page } from "@playwright/test";
import { GovukPage } from "./govuk-page";

export const IDENTITY_SERVICE_NAME = "DfE Identity account";
export const CARDS = { signIn: "Your sign-in details", record: "Your teaching record" } as const;

export class AccountPage extends GovukPage {
  /** "Your sign-in details": the DfE Identity account, changed at once. */
  readonly signInCard: Locator;
  /** "Your teaching record": what certificates print, changed by a request. */
  readonly recordCard: Locator;
  readonly successBanner: Locator;

  constructor(page: Page) {
    super(page);
    const card = (title: string) => page.locator(".govuk-summary-card", { has: page.getByRole("heading", { name: title, exact: true }) });
    this.signInCard = card(CARDS.signIn);
    this.recordCard = card(CARDS.record);
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

  /** A sign-in detail's "Change" link, by its full accessible name ("Change mobile number (Your sign-in details)"). */
  changeLink(what: string): Locator {
    return this.page.getByRole("link", { name: `Change ${what} (${CARDS.signIn})`, exact: true });
  }

  /** The teaching record's "Ask to change" link ("Ask to change date of birth (Your teaching record)"). */
  askToChangeLink(what: "name" | "date of birth"): Locator {
    return this.page.getByRole("link", { name: `Ask to change ${what} (${CARDS.record})`, exact: true });
  }

  /** While a request waits: "Change requested", linking to it. */
  changeRequestedLink(what: "name" | "date of birth"): Locator {
    return this.recordCard.getByRole("link", { name: `Change requested – view your request to change your ${what} (${CARDS.record})`, exact: true });
  }
}
