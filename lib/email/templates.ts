// Every email the service sends: its data and its subject. The React Email components that
// lay them out live in emails/ (each with preview props); lib/email/render.ts joins the two.
export interface EmailData {
  /**
   * A teacher has been awarded QTS and has no account yet: the magic link. `resent`: a new link
   * replacing an earlier one (no "Congratulations" again; says the old link no longer works).
   */
  invitation: { firstName: string; link: string; expiresAt: string; resent?: boolean };
  /** QTS was added to a record already linked to an account: sign in to see it. */
  "qts-added": { firstName: string; signInLink: string };
  /** The one-time sign-in link and its code. */
  "sign-in": { link: string; code: string; expiresInMinutes: number; service?: "support" };
  /** Someone asked to sign in with an address that has no account. */
  "sign-in-no-account": { startLink: string };
  /** A code to verify another email address while setting up an account. */
  "email-code": { code: string; expiresInMinutes: number };
  /** To the old address, once an account's email has been changed. */
  "email-changed": { firstName: string; newEmail: string; helpEmail: string };
  /** A request to change the name or date of birth on the teaching record was sent. */
  "change-request-submitted": { firstName: string; reference: string; change: string };
  /** Support accepted the request: the record (and certificates) now carry the new value. */
  "change-request-accepted": { firstName: string; reference: string; change: string; newValue: string };
  /** Support rejected the request, and why. */
  "change-request-rejected": { firstName: string; reference: string; change: string; reason: string };
}

export type EmailTemplate = keyof EmailData;

/** The console's name, as staff see it in its header (components/layout/services.ts). */
export const SUPPORT_CONSOLE_NAME = "Support for teaching records";

// Codes stay out of subjects: subjects show on locked phone screens.
export const EMAIL_SUBJECTS: { [T in EmailTemplate]: (data: EmailData[T]) => string } = {
  invitation: ({ resent }) => (resent ? "Your new link to Access your teaching qualifications" : "You’ve been awarded qualified teacher status (QTS)"),
  "qts-added": () => "Qualified teacher status (QTS) has been added to your teaching record",
  "sign-in": ({ service }) => (service === "support" ? `Sign in to ${SUPPORT_CONSOLE_NAME}` : "Sign in to Access your teaching qualifications"),
  "sign-in-no-account": () => "Signing in to Access your teaching qualifications",
  "email-code": () => "Confirm your email address for your DfE Identity account",
  "email-changed": () => "The email address for your DfE Identity account has changed",
  "change-request-submitted": (data) => `We’ve received your request to change the ${data.change} on your teaching record`,
  "change-request-accepted": (data) => `We’ve changed the ${data.change} on your teaching record`,
  "change-request-rejected": (data) => `We could not change the ${data.change} on your teaching record`,
};

export const isEmailTemplate = (name: string): name is EmailTemplate => name in EMAIL_SUBJECTS;

/**
 * Which fields of each template's data are secret: links that sign in or set up an account,
 * and codes. Secret fields are sealed in the outbox and erased once the message is sent or has
 * finally failed; the rest are stored as they are. Every field must be classified (the type
 * says so), so a field a new template adds cannot slip into the database in clear by default.
 */
export const FIELD_SECRECY: { [T in EmailTemplate]: { [K in keyof EmailData[T]]-?: "public" | "secret" } } = {
  invitation: { firstName: "public", link: "secret", expiresAt: "public", resent: "public" },
  "qts-added": { firstName: "public", signInLink: "public" },
  "sign-in": { link: "secret", code: "secret", expiresInMinutes: "public", service: "public" },
  "sign-in-no-account": { startLink: "public" },
  "email-code": { code: "secret", expiresInMinutes: "public" },
  "email-changed": { firstName: "public", newEmail: "public", helpEmail: "public" },
  "change-request-submitted": { firstName: "public", reference: "public", change: "public" },
  "change-request-accepted": { firstName: "public", reference: "public", change: "public", newValue: "public" },
  "change-request-rejected": { firstName: "public", reference: "public", change: "public", reason: "public" },
};

/** What an erased secret field reads as, should an erased message be rendered (the mailbox). */
export const ERASED = "erased-after-sending";
