// Pages that exist only for the journey tests (APP_ENV=test, the Playwright server), under
// /testing: previews and production answer the GOV.UK 404 page for every one of them, from
// proxy.ts (a section of app/page-rules.ts) and from the page itself.
import "server-only";
import { notFound } from "next/navigation";
import { env } from "@/lib/env";

export const TESTING_PAGES = /^\/testing(?:\/.*)?$/;

export const testingPagesEnabled = () => env().APP_ENV === "test";

/** For a /testing page: the GOV.UK 404 page unless APP_ENV=test. */
export function requireTestingPages(): void {
  if (!testingPagesEnabled()) notFound();
}
