// Addresses that name something which may not exist, or may not be the viewer's: proxy.ts answers
// the GOV.UK 404 page for them before the page runs, because Next 16 renders `notFound()` thrown
// by a page as an empty body until JavaScript draws it (lib/next-seams/README.md): without
// JavaScript, a blank page.
//
// The rules and sections are the pages' own, listed in app/page-rules.ts: an `exists.ts` in each
// route folder, which the page calls too, whole sections that are off in some environments, and
// sections whose every route is known (an address there that is none of them names nothing).
// This is only the matching: the sections first, then each route's rule for the address and
// every address below it.
import "server-only";
import type { PageExists, Viewer } from "@/lib/http/page-exists";

export type { Viewer } from "@/lib/http/page-exists";

export interface PageRule {
  /** The route as its folder names it, route groups left out: "/support/teachers/[trn]". */
  route: string;
  exists: PageExists<string>;
  /** Folders beside the route's last dynamic segment that are pages of their own ("new"). */
  staticSiblings?: readonly string[];
}

/** A whole section that is off in some environments: every address it matches is missing while off. */
export interface PageSection {
  pattern: RegExp;
  off: () => boolean;
}

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

/** Whether the page at an address would answer 404 for its viewer, by these rules and sections. */
export function missingPages(
  rules: readonly PageRule[],
  sections: readonly PageSection[],
  known: readonly KnownRoutes[] = [],
): (pathname: string, viewer: Viewer) => Promise<boolean> {
  const compiled = rules.map(compile);
  const knownSections = known.map(({ section, routes }) => ({ section, patterns: routes.map(exactly) }));
  return async (pathname, viewer) => {
    for (const section of sections) if (section.pattern.test(pathname) && section.off()) return true;
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
