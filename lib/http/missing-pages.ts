// Addresses that name something which may not exist, or may not be the viewer's: proxy.ts answers
// the GOV.UK 404 page for them before the page runs, because Next 16 renders `notFound()` thrown
// by a page as an empty body until JavaScript draws it (lib/next-seams/README.md): without
// JavaScript, a blank page.
//
// The rules are the pages' own: an `exists.ts` in each route folder, which the page calls too,
// listed at its route in app/page-rules.ts. This is only the matching: whole sections that are
// off in some environments, then each route's rule for the address and every address below it.
import "server-only";
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

/** Whether the page at an address would answer 404 for its viewer, by these rules and the sections. */
export function missingPages(rules: readonly PageRule[]): (pathname: string, viewer: Viewer) => Promise<boolean> {
  const compiled = rules.map(compile);
  return async (pathname, viewer) => {
    for (const section of SECTIONS) if (section.pattern.test(pathname) && section.off()) return true;
    for (const rule of compiled) {
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
  };
}
