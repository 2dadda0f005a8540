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
  "sign-in": { link: string; code: string; expiresInMinutes: number };
  /** Someone asked to sign in with an address that has no account. */
  "sign-in-no-account": { startLink: string };
  /** A code to verify another email address while setting up an account. */
  "email-code": { code: string; expiresInMinutes: number };
}

export type EmailTemplate = keyof EmailData;

// Codes stay out of subjects: subjects show on locked phone screens.
export const EMAIL_SUBJECTS: { [T in EmailTemplate]: (data: EmailData[T]) => string } = {
  invitation: ({ resent }) => (resent ? "Your new link to Access your teaching qualifications" : "You’ve been awarded qualified teacher status (QTS)"),
  "qts-added": () => "Qualified teacher status (QTS) has been added to your teaching record",
  "sign-in": () => "Sign in to Access your teaching qualifications",
  "sign-in-no-account": () => "Signing in to Access your teaching qualifications",
  "email-code": () => "Confirm your email address for your DfE Identity account",
};

export const isEmailTemplate = (name: string): name is EmailTemplate => name in EMAIL_SUBJECTS;
