// Addresses that name something which may not exist, or may not be the viewer's: a change request,
// a teacher, a member of staff, an email in the mailbox. proxy.ts answers the GOV.UK 404 page for
// them before the page runs, because Next 16 renders `notFound()` thrown by a page as an empty
// body until JavaScript draws it (STACK-NOTES.md): without JavaScript, a blank page. Each page
// still calls notFound() itself; these checks only decide who gets the real HTML.
//
// Cheap, indexed existence checks only, and the same rules as the pages: keep them in step.
// A route handler can draw the 404 page itself (lib/http/not-found.ts): the certificate downloads
// do, so that a download, the hot path, costs no second look at the record here.
import "server-only";
import { db, type IdentityAccount } from "@/lib/db";
import { kindFromSlug } from "@/lib/dqt/change-request-kinds";
import { isProduction } from "@/lib/env";
import { hasAccess } from "@/lib/identity/roles";
import { researchMode } from "@/lib/research/mode";
import { TESTING_PAGES, testingPagesEnabled } from "@/lib/testing/pages";

/** The signed-in account, looked up only when a rule needs it (null: nobody signed in). */
export type Viewer = () => Promise<IdentityAccount | null>;

interface Rule {
  pattern: RegExp;
  /** `part`: the address's one named segment, decoded. True when the page would answer 404. Signed out: false where the page asks to sign in first. */
  missing(part: string, viewer: Viewer): Promise<boolean>;
}

const REFERENCE = /^CR-[0-9A-Z]{6}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const RULES: Rule[] = [
  { pattern: /^\/research(?:\/.*)?$/, missing: async () => !researchMode() },
  { pattern: /^\/mailbox(?:\/.*)?$/, missing: async () => isProduction() },
  // Pages for the journey tests only (APP_ENV=test).
  { pattern: TESTING_PAGES, missing: async () => !testingPagesEnabled() },
  {
    pattern: /^\/mailbox\/([^/]+)$/,
    missing: async (id) => !UUID.test(id) || (await (await db()).outboxMessage.count({ where: { id } })) === 0,
  },
  {
    // The pages that ask to change the record: a kind we know, and an account with a record.
    pattern: /^\/account\/record\/([^/]+)(?:\/(?:evidence|check))?$/,
    missing: async (slug, viewer) => {
      if (!kindFromSlug(slug)) return true;
      const account = await viewer();
      return account !== null && !account.trn;
    },
  },
  {
    // A teacher's own requests, once sent (a draft has no page of its own).
    pattern: /^\/account\/requests\/([^/]+)(?:\/(?:sent|withdraw))?$/,
    missing: async (reference, viewer) => {
      const account = await viewer();
      if (!account) return false;
      if (!REFERENCE.test(reference)) return true;
      const count = await (await db()).changeRequest.count({ where: { reference, requestedById: account.id, status: { not: "DRAFT" } } });
      return count === 0;
    },
  },
  // The support console: proxy.ts has already turned away everyone but staff.
  {
    pattern: /^\/support\/teachers\/([^/]+)$/,
    missing: async (trn) => !/^\d{7}$/.test(trn) || (await (await db()).teachingRecord.count({ where: { trn } })) === 0,
  },
  {
    // A request, and the page confirming its acceptance.
    pattern: /^\/support\/change-requests\/([^/]+)(?:\/accept)?$/,
    missing: async (reference) => !REFERENCE.test(reference) || (await (await db()).changeRequest.count({ where: { reference } })) === 0,
  },
  {
    // A request's document (its route handler, shown in a frame on the review page).
    pattern: /^\/support\/change-requests\/([^/]+)\/evidence$/,
    missing: async (reference) =>
      !REFERENCE.test(reference) ||
      (await (await db()).changeRequest.count({ where: { reference, status: { not: "DRAFT" }, evidence: { isNot: null } } })) === 0,
  },
  // Staff and API keys are for admins: a support member gets the 404 page, as if they were not there.
  { pattern: /^\/support\/(?:staff|api-keys)(?:\/.*)?$/, missing: async (_, viewer) => !hasAccess(await viewer(), "admin") },
  {
    // Revoking a key: one that exists and still works.
    pattern: /^\/support\/api-keys\/([^/]+)\/revoke$/,
    missing: async (id) => !UUID.test(id) || (await (await db()).apiKey.count({ where: { id, revokedAt: null } })) === 0,
  },
  {
    // A member of staff's page; "new" is the page that adds one, not an id.
    pattern: /^\/support\/staff\/(?!new$)([^/]+)$/,
    missing: async (id) => {
      if (!UUID.test(id)) return true;
      const member = await (await db()).identityAccount.findUnique({ where: { id }, select: { role: true } });
      return !member || !hasAccess(member, "support");
    },
  },
];

/** Whether the page at this address would answer 404 for this viewer. */
export async function pageIsMissing(pathname: string, viewer: Viewer): Promise<boolean> {
  for (const rule of RULES) {
    const match = rule.pattern.exec(pathname);
    if (!match) continue;
    let part: string;
    try {
      part = decodeURIComponent(match[1] ?? "");
    } catch {
      return true; // a malformed escape names nothing
    }
    if (await rule.missing(part, viewer)) return true;
  }
  return false;
}
