// Every dynamic page has its "does this exist" rule (an exists.ts in its route folder, or above
// it), and proxy.ts's table lists each rule at the route its folder gives: a new dynamic page
// without one fails here, where without JavaScript it would show a blank 404
// (lib/next-seams/README.md). The journey e2e/route-existence.spec.ts asks each page for a
// made-up parameter on the built app. The console's list of routes is checked against its folders
// the same way: a new console page without its entry would be the console's 404 page.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { appFiles, dynamicPages, isDynamic, routeOf, staticSiblings } from "@/test/app-routes";
import { CONSOLE_ROUTES, PAGE_RULES, WITHOUT_RULE } from "./page-rules";

const ruleFolders = appFiles("exists.ts").map((file) => path.posix.dirname(file));

describe("the pages' existence rules", () => {
  it("finds the dynamic pages (the check below is not vacuous)", () => {
    const routes = dynamicPages().map((page) => page.route);
    expect(routes).toContain("/support/staff/[id]");
    expect(routes).toContain("/account/requests/[reference]/withdraw");
  });

  it("every dynamic page has an exists.ts in its folder or above it, or a written reason", () => {
    const without = dynamicPages()
      .filter(({ folder }) => !ruleFolders.some((ruleFolder) => folder === ruleFolder || folder.startsWith(`${ruleFolder}/`)))
      .filter(({ route }) => !WITHOUT_RULE[route])
      .map(({ folder }) => `app/${folder}/page.tsx`);
    expect(without, "add an exists.ts beside the page (lib/http/page-exists.ts), list it in PAGE_RULES, and call it from the page").toEqual([]);
  });

  it("proxy.ts's table lists every exists.ts, at the route its folder gives, and nothing else", () => {
    expect(PAGE_RULES.map((rule) => rule.route).sort()).toEqual(ruleFolders.map(routeOf).sort());
  });

  it("each rule knows the pages of their own beside its parameter (/support/staff/new is not a member's id)", () => {
    for (const folder of ruleFolders) {
      const segments = folder.split("/");
      const dynamicIndex = segments.findLastIndex(isDynamic);
      const dynamicFolder = segments.slice(0, dynamicIndex + 1).join("/");
      const rule = PAGE_RULES.find((candidate) => candidate.route === routeOf(folder))!;
      expect([...(rule.staticSiblings ?? [])].sort(), rule.route).toEqual(staticSiblings(dynamicFolder));
    }
  });

  it("a written reason is for a dynamic page that exists and has no rule", () => {
    const routes = dynamicPages().map((page) => page.route);
    for (const route of Object.keys(WITHOUT_RULE)) expect(routes, route).toContain(route);
  });
});

describe("the support console's routes", () => {
  const isConsole = (route: string) => route === "/support" || route.startsWith("/support/");
  const consoleRoutes = [...appFiles("page.tsx"), ...appFiles("route.ts")].map((file) => routeOf(path.posix.dirname(file))).filter(isConsole);

  it("finds the console's pages and route handlers (the check below is not vacuous)", () => {
    expect(consoleRoutes).toContain("/support/change-requests/[reference]/accept");
    expect(consoleRoutes).toContain("/support/next-request");
  });

  it("lists every page and route handler under /support, and nothing else", () => {
    expect([...CONSOLE_ROUTES].sort(), "add the new console page's route to CONSOLE_ROUTES in app/page-rules.ts").toEqual(consoleRoutes.sort());
  });
});
