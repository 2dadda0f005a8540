// The /account pages' addresses, in one place, and the success banners they come back with.
import type { ChangeRequestKind } from "@/lib/db/generated/enums";

const SLUGS: Record<ChangeRequestKind, string> = { NAME: "name", DATE_OF_BIRTH: "date-of-birth" };
type RequestStep = "value" | "evidence" | "check";

export const ACCOUNT_PAGES = {
  account: "/account",
  name: "/account/name",
  dateOfBirth: "/account/date-of-birth",
  mobile: "/account/mobile",
  email: "/account/email",
  emailCode: "/account/email/code",
  requests: "/account/requests",
  request: (reference: string) => `/account/requests/${encodeURIComponent(reference)}`,
  requestSent: (reference: string) => `/account/requests/${encodeURIComponent(reference)}/sent`,
  withdraw: (reference: string) => `/account/requests/${encodeURIComponent(reference)}/withdraw`,
  requestStep: (kind: ChangeRequestKind, step: RequestStep) => `/account/record/${SLUGS[kind]}${step === "value" ? "" : `/${step}`}`,
} as const;

/** What a success banner on /account can say: one message per field, never text from the address. */
export const CHANGED_MESSAGES = {
  name: "Your name has been changed",
  dateOfBirth: "Your date of birth has been changed",
  mobile: "Your mobile number has been changed",
  email: "Your email address has been changed",
} as const;

export type ChangedField = keyof typeof CHANGED_MESSAGES;

export const changedBanner = (field: ChangedField) => `${ACCOUNT_PAGES.account}?changed=${field}`;

export function changedMessage(value: unknown): string | null {
  return typeof value === "string" && Object.hasOwn(CHANGED_MESSAGES, value) ? CHANGED_MESSAGES[value as ChangedField] : null;
}
