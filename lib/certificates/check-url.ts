// Where a certificate can be checked: printed on it, and encoded in its QR code with its reference.
import { configuredAppUrl } from "@/lib/http/app-url";

export const CHECK_PAGE_PATH = "/check-a-certificate";

/** "<APP_URL>/check-a-certificate", as printed on the certificate. */
export function checkPageUrl(appUrl: string = configuredAppUrl()): string {
  return `${appUrl.replace(/\/+$/, "")}${CHECK_PAGE_PATH}`;
}

/** The QR code's address: the check page showing this certificate's result straight away. */
export function checkUrlFor(reference: string, appUrl?: string): string {
  return `${checkPageUrl(appUrl)}?reference=${encodeURIComponent(reference)}`;
}
