// The pages' "does this exist" rules, each at the route its folder gives: an `exists.ts` beside
// each dynamic page, which the page calls before drawing anything and proxy.ts calls before the
// page runs (lib/http/missing-pages.ts matches the address). app/page-rules.test.ts fails when a
// dynamic page has no rule or written reason, or this list and the folders disagree.
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

/** Whole sections that are off in some environments (their pages say the same). */
export const PAGE_SECTIONS: readonly PageSection[] = [
  { pattern: /^\/research(?:\/.*)?$/, off: () => !researchMode() },
  { pattern: /^\/mailbox(?:\/.*)?$/, off: () => isProduction() },
  // Pages for the journey tests only (APP_ENV=test).
  { pattern: TESTING_PAGES, off: () => !testingPagesEnabled() },
];

/** Whether the page at this address would answer 404 for this viewer (proxy.ts). */
export const pageIsMissing = missingPages(PAGE_RULES, PAGE_SECTIONS);
