// Addresses that name something which may not exist, or may not be the viewer's: a change request,
// a teacher, a member of staff, an email in the mailbox. proxy.ts answers the GOV.UK 404 page for
// them before the page runs, because Next 16 renders `notFound()` thrown by a page as an empty
// body until JavaScript draws it (lib/next-seams/README.md): without JavaScript, a blank page.
//
// Each rule is the page's own: an `exists.ts` in its route folder, which the page calls too
// (lib/http/page-exists.ts). This table only says which address each one answers for; its test
// (missing-pages.test.ts) fails when a dynamic page has no rule, or a rule is not listed here as
// its folder says. A route handler can draw the 404 page itself (lib/http/not-found.ts): the
// certificate downloads do, so that a download, the hot path, costs no second look here.
import "server-only";
import { exists as recordChange } from "@/app/(identity)/account/record/[kind]/exists";
import { exists as ownRequest } from "@/app/(identity)/account/requests/[reference]/exists";
import { exists as changeRequestEvidence } from "@/app/(support)/support/change-requests/[reference]/evidence/exists";
import { exists as changeRequest } from "@/app/(support)/support/change-requests/[reference]/exists";
import { exists as staffMember } from "@/app/(support)/support/staff/[id]/exists";
import { exists as teacher } from "@/app/(support)/support/teachers/[trn]/exists";
import { exists as mailboxMessage } from "@/app/mailbox/[id]/exists";
import { isProduction } from "@/lib/env";
import type { PageExists, Viewer } from "@/lib/http/page-exists";
import { researchMode } from "@/lib/research/mode";
import { TESTING_PAGES, testingPagesEnabled } from "@/lib/testing/pages";

export type { Viewer } from "@/lib/http/page-exists";

export interface PageRule {
  /** The route as its folder names it, route groups left out: "/support/teachers/[trn]". */
  route: string;
  exists: PageExists<string>;
  /** Folders beside the route's last dynamic segment that are pages of their own ("new"). */
  staticSiblings?: readonly string[];
}

/** Each `exists.ts` under app/, at the route its folder gives. It covers the pages below it too. */
export const PAGE_RULES: readonly PageRule[] = [
  { route: "/account/record/[kind]", exists: recordChange as PageExists<string> },
  { route: "/account/requests/[reference]", exists: ownRequest as PageExists<string> },
  { route: "/support/change-requests/[reference]", exists: changeRequest as PageExists<string> },
  { route: "/support/change-requests/[reference]/evidence", exists: changeRequestEvidence as PageExists<string> },
  { route: "/support/staff/[id]", exists: staffMember as PageExists<string>, staticSiblings: ["new"] },
  { route: "/support/teachers/[trn]", exists: teacher as PageExists<string> },
  { route: "/mailbox/[id]", exists: mailboxMessage as PageExists<string> },
];

/**
 * Dynamic pages with no rule, and why: each must be here or have an `exists.ts` (the test says
 * which). A page that can answer 404 for a made-up parameter needs a rule.
 */
export const WITHOUT_RULE: Readonly<Record<string, string>> = {};

/** Whole sections that are off in some environments (their pages say the same). */
const SECTIONS: { pattern: RegExp; off: () => boolean }[] = [
  { pattern: /^\/research(?:\/.*)?$/, off: () => !researchMode() },
  { pattern: /^\/mailbox(?:\/.*)?$/, off: () => isProduction() },
  // Pages for the journey tests only (APP_ENV=test).
  { pattern: TESTING_PAGES, off: () => !testingPagesEnabled() },
];

interface CompiledRule {
  pattern: RegExp;
  names: string[];
  exists: PageExists<string>;
}

/** "/support/staff/[id]" as a pattern for the address and every address below it. */
function compile({ route, exists, staticSiblings = [] }: PageRule): CompiledRule {
  const names: string[] = [];
  const segments = route.split("/").slice(1);
  const lastDynamic = segments.findLastIndex((segment) => /^\[[^\]]+\]$/.test(segment));
  const source = segments
    .map((segment, index) => {
      const name = /^\[([^\]]+)\]$/.exec(segment)?.[1];
      if (!name) return `/${segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`;
      names.push(name);
      const except = index === lastDynamic && staticSiblings.length ? `(?!(?:${staticSiblings.join("|")})(?:/|$))` : "";
      return `/${except}([^/]+)`;
    })
    .join("");
  return { pattern: new RegExp(`^${source}(?:/.*)?$`), names, exists };
}

const COMPILED = PAGE_RULES.map(compile);

/** Whether the page at this address would answer 404 for this viewer. */
export async function pageIsMissing(pathname: string, viewer: Viewer): Promise<boolean> {
  for (const section of SECTIONS) if (section.pattern.test(pathname) && section.off()) return true;
  for (const rule of COMPILED) {
    const match = rule.pattern.exec(pathname);
    if (!match) continue;
    const params: Record<string, string> = {};
    try {
      rule.names.forEach((name, index) => (params[name] = decodeURIComponent(match[index + 1]!)));
    } catch {
      return true; // a malformed escape names nothing
    }
    if (!(await rule.exists(params, viewer))) return true;
  }
  return false;
}
