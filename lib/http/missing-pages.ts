// Addresses that name something which may not exist, or may not be the viewer's: proxy.ts answers
// the GOV.UK 404 page for them before the page runs, because Next 16 renders `notFound()` thrown
// by a page as an empty body until JavaScript draws it (lib/next-seams/README.md): without
// JavaScript, a blank page.
//
// The rules are the pages' own: an `exists.ts` in each route folder, which the page calls too,
// listed at its route in app/page-rules.ts. This is only the matching: whole sections that are
// off in some environments, sections whose every route is known (an address there that is none
// of them names nothing), then each route's rule for the address and every address below it.
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

/** A section of the app whose routes are all listed: any other address in it is missing. */
export interface KnownRoutes {
  /** "/support": the address itself and every address below it. */
  section: string;
  /** Each page and route handler in the section, as its folder names it ("/support/staff/[id]"). */
  routes: readonly string[];
}

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

/** "/support/staff/[id]" as a pattern for that address alone (and its trailing slash). */
function exactly(route: string): RegExp {
  const source = route
    .split("/")
    .slice(1)
    .map((segment) => (/^\[[^\]]+\]$/.test(segment) ? "/[^/]+" : `/${segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`))
    .join("");
  return new RegExp(`^${source}/?$`);
}

/** Whether the page at an address would answer 404 for its viewer, by these rules and the sections. */
export function missingPages(rules: readonly PageRule[], known: readonly KnownRoutes[] = []): (pathname: string, viewer: Viewer) => Promise<boolean> {
  const compiled = rules.map(compile);
  const knownSections = known.map(({ section, routes }) => ({ section, patterns: routes.map(exactly) }));
  return async (pathname, viewer) => {
    for (const section of SECTIONS) if (section.pattern.test(pathname) && section.off()) return true;
    for (const { section, patterns } of knownSections) {
      const inSection = pathname === section || pathname.startsWith(`${section}/`);
      if (inSection && !patterns.some((pattern) => pattern.test(pathname))) return true;
    }
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
