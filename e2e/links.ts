// Walking a part of the site as a person would click through it: every page reached is visited
// in the browser (so the automatic page checks, axe and 320 px reflow, see each one), and every
// link on it is fetched; a link that answers 404 or 5xx is reported. One page of each shape
// (a request, a teacher, page 2 of a list…) is enough: the same template with other data.
import type { Page } from "@playwright/test";

export interface BrokenLink {
  from: string;
  href: string;
  status: number;
}

/** "/support/change-requests/CR-ABC123" and "…/CR-XYZ789" are one shape. */
export function shapeOf(path: string): string {
  return path
    .replace(/CR-[0-9A-Z]{6}/g, "CR-*")
    .replace(/\/\d{7}(?=\/|$|\?)/g, "/TRN")
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, "ID")
    .replace(/([?&])(page|q|decided|done)=[^&]*/g, "$1$2=*");
}

export async function walkLinks(
  page: Page,
  start: string,
  options: {
    /** Whether to visit a page it links to, and walk on from there. */
    crawl: (path: string) => boolean;
    /** Links not to follow at all (fetching them would change something, such as claiming a request). */
    skip?: (path: string) => boolean;
    maxPages?: number;
  },
): Promise<{ broken: BrokenLink[]; visited: string[] }> {
  const origin = new URL(page.url().startsWith("http") ? page.url() : (await page.goto("/"), page.url())).origin;
  const queue = [start];
  const shapes = new Set([shapeOf(start)]);
  const checked = new Map<string, number>();
  const broken: BrokenLink[] = [];
  const visited: string[] = [];
  while (queue.length > 0 && visited.length < (options.maxPages ?? 40)) {
    const path = queue.shift()!;
    await page.goto(path);
    visited.push(path);
    const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    for (const href of new Set(hrefs)) {
      const url = new URL(href);
      if (url.origin !== origin) continue;
      const target = url.pathname + url.search;
      if (options.skip?.(target)) continue;
      if (!checked.has(target)) {
        const response = await page.request.get(target);
        checked.set(target, response.status());
      }
      const status = checked.get(target)!;
      if (status === 404 || status >= 500) broken.push({ from: path, href: target, status });
      const shape = shapeOf(target);
      if (status < 400 && options.crawl(target) && !shapes.has(shape)) {
        shapes.add(shape);
        queue.push(target);
      }
    }
  }
  return { broken, visited };
}
