// The pages' "does this exist" rules, each at the route its folder gives: an `exists.ts` beside
// each dynamic page, which the page calls before drawing anything and proxy.ts calls before the
// page runs (lib/http/missing-pages.ts matches the address). app/page-rules.test.ts fails when a
// dynamic page has no rule or written reason, or this list and the folders disagree. The console's
// routes are listed too (CONSOLE_ROUTES), so that any other /support address is the console's 404.
import "server-only";
import { isProduction } from "@/lib/env";
import { missingPages, type PageRule, type PageSection } from "@/lib/http/missing-pages";
import type { PageExists } from "@/lib/http/page-exists";
import { researchMode } from "@/lib/research/mode";
import { TESTING_PAGES, testingPagesEnabled } from "@/lib/testing/pages";
import { exists as apiKey } from "./(support)/support/api-keys/[id]/exists";
import { exists as recordChange } from "./(identity)/account/record/[kind]/exists";
import { exists as ownRequest } from "./(identity)/account/requests/[reference]/exists";
import { exists as changeRequestEvidence } from "./(support)/support/change-requests/[reference]/evidence/exists";
import { exists as changeRequest } from "./(support)/support/change-requests/[reference]/exists";
import { exists as staffMember } from "./(support)/support/staff/[id]/exists";
import { exists as teacher } from "./(support)/support/teachers/[trn]/exists";
import { exists as mailboxMessage } from "./mailbox/[id]/exists";

const rule = <P extends string>(route: string, exists: PageExists<P>, staticSiblings?: readonly string[]): PageRule => ({
  route,
  exists: exists as PageExists<string>,
  staticSiblings,
});

/** Each `exists.ts` under app/. It covers the pages below its folder too. */
export const PAGE_RULES: readonly PageRule[] = [
  rule("/account/record/[kind]", recordChange),
  rule("/account/requests/[reference]", ownRequest),
  rule("/support/api-keys/[id]", apiKey, ["new"]),
  rule("/support/change-requests/[reference]", changeRequest),
  rule("/support/change-requests/[reference]/evidence", changeRequestEvidence),
  rule("/support/staff/[id]", staffMember, ["new"]),
  rule("/support/teachers/[trn]", teacher),
  rule("/mailbox/[id]", mailboxMessage),
];

/**
 * Dynamic pages with no rule, and why: each must be here or have an `exists.ts`. A page that can
 * answer 404 for a made-up parameter needs a rule.
 */
export const WITHOUT_RULE: Readonly<Record<string, string>> = {};

/**
 * Every page and route handler of the support console, as its folder names it. Any other address
 * under /support names nothing: proxy.ts answers a member of staff the console's own 404 page
 * there (app/(support)/support/page-not-found), where Next.js, matching no route, would draw the
 * teacher service's. app/page-rules.test.ts fails when this and the folders disagree.
 */
export const CONSOLE_ROUTES: readonly string[] = [
  "/support",
  "/support/api-keys",
  "/support/api-keys/[id]/revoke",
  "/support/api-keys/new",
  "/support/change-requests",
  "/support/change-requests/[reference]",
  "/support/change-requests/[reference]/accept",
  "/support/change-requests/[reference]/evidence",
  "/support/emails",
  "/support/invitations",
  "/support/next-request",
  "/support/page-not-found",
  "/support/staff",
  "/support/staff/[id]",
  "/support/staff/new",
  "/support/teachers/[trn]",
];

/** Whole sections that are off in some environments (their pages say the same). */
export const PAGE_SECTIONS: readonly PageSection[] = [
  { pattern: /^\/research(?:\/.*)?$/, off: () => !researchMode() },
  { pattern: /^\/mailbox(?:\/.*)?$/, off: () => isProduction() },
  // Pages for the journey tests only (APP_ENV=test).
  { pattern: TESTING_PAGES, off: () => !testingPagesEnabled() },
];

/** Whether the page at this address would answer 404 for this viewer (proxy.ts). */
export const pageIsMissing = missingPages(PAGE_RULES, PAGE_SECTIONS, [{ section: "/support", routes: CONSOLE_ROUTES }]);
