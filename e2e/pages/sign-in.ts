// Signing in: the email address page, "check your email" with the code, and the page the
// email's link opens.
import { expect, type Locator, type Page } from "@playwright/test";
import { submitWith } from "./create-account";
import { GovukPage } from "./govuk-page";

export const SIGN_IN_HEADING = "Sign in to your DfE Identity account";
export const SIGN_IN_SUBJECT = "Sign in to Access your teaching qualifications";
export const NO_ACCOUNT_SUBJECT = "Signing in to Access your teaching qualifications";

export class SignInPage extends GovukPage {
  static readonly path = "/sign-in";
  readonly email: Locator;
  readonly continueButton: Locator;
  readonly errorSummary: Locator;

  constructor(page: Page) {
    super(page);
    this.email = page.getByLabel("Email address");
    this.continueButton = page.getByRole("button", { name: "Continue" });
    this.errorSummary = page.locator(".govuk-error-summary");
  }

  async goto(returnTo?: string): Promise<void> {
    await this.page.goto(returnTo === undefined ? SignInPage.path : `${SignInPage.path}?returnTo=${returnTo}`);
  }

  /** Asks for a sign-in email from the sign-in page; lands on "Check your email". */
  async askFor(email: string): Promise<void> {
    await expect(this.heading).toHaveText(SIGN_IN_HEADING);
    await this.email.fill(email);
    await submitWith(this.continueButton);
    await expect(this.heading).toHaveText("Check your email");
  }
}

export class SignInCheckEmailPage extends GovukPage {
  static readonly path = "/sign-in/check-email";
  readonly code: Locator;
  readonly signInButton: Locator;
  readonly errorSummary: Locator;

  constructor(page: Page) {
    super(page);
    this.code = page.getByLabel("Enter the 6-digit code from the email");
    this.signInButton = page.getByRole("button", { name: "Sign in" });
    this.errorSummary = page.locator(".govuk-error-summary");
  }

  async enter(code: string): Promise<void> {
    await this.code.fill(code);
    await submitWith(this.signInButton);
  }
}

/** /sign-in/continue: the page the sign-in email's link opens. */
export class ContinueSignInPage extends GovukPage {
  static readonly path = "/sign-in/continue";
  readonly continueButton: Locator;

  constructor(page: Page) {
    super(page);
    this.continueButton = page.getByRole("button", { name: "Continue to sign in" });
  }
}

export class SignOutPage extends GovukPage {
  static readonly path = "/sign-out";
  readonly signOutButton: Locator;

  constructor(page: Page) {
    super(page);
    this.signOutButton = page.getByRole("button", { name: "Sign out" });
  }

  /** Signs out from the confirmation page; lands on "You have signed out". */
  async signOut(): Promise<void> {
    await this.page.goto(SignOutPage.path);
    await expect(this.heading).toHaveText("Are you sure you want to sign out?");
    await this.signOutButton.click();
    await expect(this.heading).toHaveText("You have signed out");
  }
}
