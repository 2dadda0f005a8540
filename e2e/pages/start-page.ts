// The AyTQ start page (GOV.UK start page pattern).
import type { Locator, Page } from "@playwright/test";
import { GovukPage } from "./govuk-page";

export const AYTQ_SERVICE_NAME = "Access your teaching qualifications";

export class StartPage extends GovukPage {
  static readonly path = "/qualifications/start";
  readonly startButton: Locator;
  readonly beforeYouStart: Locator;

  constructor(page: Page) {
    super(page);
    // GOV.UK's start button is a link with role="button"; either is right.
    this.startButton = page.getByRole("button", { name: "Start now" }).or(page.getByRole("link", { name: "Start now" }));
    this.beforeYouStart = page.getByRole("heading", { name: "Before you start" });
  }

  async goto(): Promise<void> {
    await this.page.goto(StartPage.path);
  }
}
