// What every page of the service shares: govuk-frontend's template (skip link, header,
// service navigation, phase banner, main, footer).
import { expect, type Locator, type Page } from "@playwright/test";

export class GovukPage {
  readonly skipLink: Locator;
  readonly main: Locator;
  readonly heading: Locator;
  readonly govukLogo: Locator;
  readonly serviceNavigation: Locator;
  readonly phaseBanner: Locator;
  readonly footer: Locator;

  constructor(readonly page: Page) {
    this.skipLink = page.getByRole("link", { name: "Skip to main content" });
    this.main = page.getByRole("main");
    this.heading = page.getByRole("heading", { level: 1 });
    this.govukLogo = page.getByRole("banner").getByRole("link", { name: /GOV\.UK/ });
    this.serviceNavigation = page.locator(".govuk-service-navigation");
    this.phaseBanner = page.locator(".govuk-phase-banner");
    this.footer = page.getByRole("contentinfo");
  }

  footerLink(name: string | RegExp): Locator {
    return this.footer.getByRole("link", { name, exact: typeof name === "string" ? true : undefined });
  }

  /** The template is all there, naming the service. */
  async expectTemplate(serviceName: string): Promise<void> {
    await expect(this.skipLink).toBeAttached();
    await expect(this.govukLogo).toBeVisible();
    await expect(this.serviceNavigation.getByText(serviceName, { exact: true })).toBeVisible();
    await expect(this.phaseBanner.getByText("Beta", { exact: true })).toBeVisible();
    await expect(this.phaseBanner.getByRole("link", { name: /feedback/i })).toBeVisible();
    await expect(this.main).toBeVisible();
    for (const name of ["Cookies", "Accessibility statement"]) await expect(this.footerLink(name)).toBeVisible();
    await expect(this.footerLink(/^Privacy/)).toBeVisible();
  }

  /** Tab from the top of the page lands on the skip link, which takes keyboard users to main. */
  async expectSkipLinkWorks(javaScriptEnabled: boolean): Promise<void> {
    await this.page.keyboard.press("Tab");
    await expect(this.skipLink).toBeFocused();
    await expect(this.skipLink).toBeVisible(); // shown when focused
    await this.page.keyboard.press("Enter");
    await expect(this.page).toHaveURL(/#main-content$/);
    // GOV.UK's JavaScript focuses <main>; without it the browser moves only the sequential
    // focus start point there. Either way the next Tab lands inside main.
    if (javaScriptEnabled) await expect(this.main).toBeFocused();
    await this.page.keyboard.press("Tab");
    expect(await this.main.evaluate((main) => main.contains(document.activeElement))).toBe(true);
  }
}
