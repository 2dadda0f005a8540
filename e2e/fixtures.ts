// The `test` every journey imports. Two automatic checks wrap each test:
//  - accessibility: every page state the test sees is checked with axe (WCAG 2.2 AA and best
//    practice) and the test fails at the end listing each violation;
//  - no request leaves localhost: the app serves its own CSS, fonts, images and scripts.
// Pure API specs (*.api.spec.ts) import `apiTest` instead, so they start no browser.
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page, type TestInfo } from "@playwright/test";

export { expect };

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

/** What the user is looking at. A new document, URL, title or width is a new page to check. */
interface PageState {
  key: string;
  url: string;
  title: string;
  width: number;
}

interface PageViolations {
  state: PageState;
  violations: Violation[];
}

const withoutHash = (url: string) => url.split("#")[0] ?? url;

async function readState(page: Page): Promise<PageState | undefined> {
  if (page.isClosed() || !/^https?:/.test(page.url())) return undefined;
  return page
    .evaluate(() => {
      const url = location.origin + location.pathname + location.search;
      // performance.timeOrigin is new for every document, so a form post that comes back to
      // the same URL with the same title is still a new page.
      const key = [performance.timeOrigin, url, document.title, window.innerWidth].join("|");
      return { key, url, title: document.title, width: window.innerWidth };
    })
    .catch(() => undefined); // navigating: the next action will look again
}

// Let GOV.UK Frontend finish enhancing components (it marks each with data-<module>-init),
// so the enhanced page is what axe sees. Best effort: a component that never starts is not
// this check's business.
async function componentsSettled(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () =>
        !document.body.classList.contains("govuk-frontend-supported") ||
        Array.from(document.querySelectorAll("[data-module]")).every((el) =>
          (el.getAttribute("data-module") ?? "")
            .split(/\s+/)
            .filter(Boolean)
            .every((name) => el.hasAttribute(`data-${name}-init`)),
        ),
      undefined,
      { timeout: 2_000 },
    )
    .catch(() => {});
}

// With scripting disabled the page's timers never fire, and axe waits on zero-delay ones
// (page.evaluate and promises still work). For the length of a check, zero-delay timers run
// as promise jobs; longer ones (axe's give-up timeouts) are dropped.
type TimerWindow = { setTimeout: unknown; __axeSetTimeout?: unknown };
function startTimersWithoutScripting() {
  const w = window as unknown as TimerWindow;
  w.__axeSetTimeout ??= w.setTimeout;
  w.setTimeout = (callback: unknown, delay = 0, ...args: unknown[]) => {
    if (typeof callback === "function" && delay <= 1) void Promise.resolve().then(() => callback(...args));
    return 0;
  };
}
function restoreTimers() {
  const w = window as unknown as TimerWindow;
  if (w.__axeSetTimeout) w.setTimeout = w.__axeSetTimeout;
  delete w.__axeSetTimeout;
}

// What axe would see: the DOM and what has focus. Used to check an identical page once per
// worker (the start page is the first page of many tests), not once per test.
function fingerprint(): string {
  const focus = document.activeElement;
  const text = `${document.documentElement.outerHTML}|${focus?.tagName}#${focus?.id}.${focus?.className}`;
  let djb2 = 5381;
  let fnv = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    djb2 = (Math.imul(djb2, 33) ^ c) >>> 0;
    fnv = Math.imul(fnv ^ c, 0x01000193) >>> 0;
  }
  return `${text.length}-${djb2.toString(36)}-${fnv.toString(36)}`;
}

const checkedInThisWorker = new Map<string, Violation[]>();

async function runAxe(page: Page, javaScriptEnabled: boolean): Promise<PageViolations | undefined> {
  await page.waitForLoadState("load");
  if (javaScriptEnabled) await componentsSettled(page);
  const state = await readState(page);
  if (!state) return undefined;
  const cacheKey = `${javaScriptEnabled}|${state.width}|${state.url}|${await page.evaluate(fingerprint)}`;
  const known = checkedInThisWorker.get(cacheKey);
  if (known) return { state, violations: known };
  // Legacy mode runs axe in the page itself; the default opens a blank page per check to
  // combine results from iframes, which these pages do not have.
  if (!javaScriptEnabled) await page.evaluate(startTimersWithoutScripting);
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ["violations"] }) // passes in full double the time; first, as it replaces all options
    .withTags(AXE_TAGS)
    .setLegacyMode()
    .analyze();
  if (!javaScriptEnabled) await page.evaluate(restoreTimers);
  const after = await readState(page);
  // The page changed while axe ran: the result belongs to neither state.
  if (after?.key !== state.key) return undefined;
  checkedInThisWorker.set(cacheKey, results.violations);
  return { state, violations: results.violations };
}

export function formatViolations(pages: PageViolations[]): string {
  const count = pages.reduce((n, p) => n + p.violations.length, 0);
  const lines = [`${count} accessibility violation(s) on ${pages.length} page(s) (axe: ${AXE_TAGS.join(", ")}):`];
  for (const { state, violations } of pages) {
    lines.push("", `${state.url}  "${state.title}"  at ${state.width}px wide`);
    for (const v of violations) {
      lines.push(`  • ${v.id} [${v.impact ?? "no impact"}] ${v.help}`, `    ${v.helpUrl}`);
      for (const node of v.nodes) {
        const why = (node.failureSummary ?? "").split("\n").slice(1).map((s) => s.trim()).filter(Boolean).join("; ");
        lines.push(`    - ${node.target.map(String).join(" >>> ")}${why ? `  (${why})` : ""}`);
      }
    }
  }
  return lines.join("\n");
}

/** Follows every page of a test and checks each new page state once. */
class AccessibilityAudit {
  /** URLs (without #fragment) shown in a main frame, and those checked. */
  readonly shown = new Set<string>();
  readonly checked = new Set<string>();
  readonly failures: PageViolations[] = [];
  private readonly checkedKeys = new WeakMap<Page, Set<string>>();
  private readonly reported = new Set<string>();

  constructor(
    private readonly testInfo: TestInfo,
    private readonly javaScriptEnabled: boolean,
  ) {}

  async watch(page: Page): Promise<void> {
    audits.set(page, this);
    this.checkedKeys.set(page, new Set());
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame() && /^https?:/.test(frame.url())) this.shown.add(withoutHash(frame.url()));
    });
    // Playwright runs this before every action and auto-waiting assertion while <body> is
    // visible: the moment a new page has arrived and before the test acts on it.
    await page.addLocatorHandler(page.locator("body"), () => this.checkIfNew(page), { noWaitAfter: true });
    // page.goto and friends are not actions: check the page being left first.
    for (const method of ["goto", "reload", "goBack", "goForward"] as const) {
      const original = page[method].bind(page) as (...args: unknown[]) => Promise<unknown>;
      (page as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
        await this.checkIfNew(page);
        return original(...args);
      };
    }
  }

  /** Checks the page unless this exact state was checked already. */
  async checkIfNew(page: Page): Promise<void> {
    const state = await readState(page);
    if (!state || this.checkedKeys.get(page)?.has(state.key)) return;
    await this.check(page).catch(() => {}); // navigated away mid-check: the coverage list will say
  }

  /** Checks the page now; returns its violations. */
  async check(page: Page): Promise<PageViolations | undefined> {
    const run = await runAxe(page, this.javaScriptEnabled);
    if (!run) return undefined;
    this.checkedKeys.get(page)?.add(run.state.key);
    this.checked.add(run.state.url);
    const fresh = run.violations.filter((v) => {
      const id = `${run.state.url}|${run.state.width}|${v.id}|${v.nodes.map((n) => n.target.join(">>>")).join(",")}`;
      if (this.reported.has(id)) return false;
      this.reported.add(id);
      return true;
    });
    if (fresh.length) this.failures.push({ state: run.state, violations: fresh });
    return run;
  }

  async finish(pages: Page[]): Promise<void> {
    // After a failure the page may be anywhere: report what axe found so far, nothing more.
    const passed = this.testInfo.status === "passed";
    if (passed) for (const page of pages) if (!page.isClosed()) await this.checkIfNew(page);
    if (this.failures.length) {
      await this.testInfo.attach("axe-violations.json", {
        body: JSON.stringify(this.failures, null, 2),
        contentType: "application/json",
      });
    }
    const missed = passed ? [...this.shown].filter((url) => !this.checked.has(url)) : [];
    const problems: string[] = [];
    if (this.failures.length) problems.push(formatViolations(this.failures));
    if (missed.length) {
      problems.push(
        `These pages were shown but never checked for accessibility (the test left them without ` +
          `acting on them; assert something on each page, or call expectAccessible(page)):\n` +
          missed.map((url) => `  - ${url}`).join("\n"),
      );
    }
    if (problems.length) throw new Error(problems.join("\n\n"));
  }
}

const audits = new WeakMap<Page, AccessibilityAudit>();

/**
 * Checks the current page with axe now and fails at once on a violation. The automatic check
 * already covers every page; use this where a page changes in place without a new URL or title.
 */
export async function expectAccessible(page: Page): Promise<void> {
  const audit = audits.get(page);
  let outcome: PageViolations | undefined;
  await expect(async () => {
    if (audit) outcome = await audit.check(page);
    else outcome = await runAxe(page, true);
    expect(outcome, "the page kept changing while axe ran").toBeDefined();
  }).toPass({ timeout: 15_000 });
  const { violations } = outcome!;
  expect(violations.length, violations.length ? formatViolations([outcome!]) : undefined).toBe(0);
}

/**
 * WCAG 1.4.10 reflow: at 320 CSS pixels wide (400% zoom of 1280) nothing scrolls sideways.
 * The page is also checked with axe at that width. The viewport is put back afterwards.
 */
export async function expectNoHorizontalScroll(page: Page, width = 320): Promise<void> {
  const previous = page.viewportSize();
  await page.setViewportSize({ width, height: 800 });
  try {
    await expect(async () => {
      const { scrollWidth, overflowing } = await page.evaluate((limit) => {
        const describe = (el: Element) => {
          const text = (el.textContent ?? "").trim().replace(/\s+/g, " ");
          const name = el.tagName.toLowerCase() + (el.id ? `#${el.id}` : "") + Array.from(el.classList, (c) => `.${c}`).join("");
          return `${name} ("${text.length > 60 ? `${text.slice(0, 57)}...` : text}", right edge ${Math.round(el.getBoundingClientRect().right)}px)`;
        };
        return {
          scrollWidth: document.documentElement.scrollWidth,
          overflowing: Array.from(document.querySelectorAll("body *"))
            .filter((el) => el.getBoundingClientRect().right > limit + 0.5)
            .slice(0, 8)
            .map(describe),
        };
      }, width);
      expect(
        scrollWidth,
        `document.documentElement.scrollWidth at ${width}px wide; elements reaching past the edge: ${overflowing.join(", ") || "none"}`,
      ).toBeLessThanOrEqual(width);
    }).toPass({ timeout: 5_000 });
    await audits.get(page)?.checkIfNew(page);
  } finally {
    if (previous) await page.setViewportSize(previous);
  }
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

function isOffsite(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return /^(https?|wss?):$/.test(protocol) && !LOCAL_HOSTS.has(hostname);
}

interface Fixtures {
  /** The automatic axe check (see AccessibilityAudit); journeys rarely need it directly. */
  accessibility: AccessibilityAudit;
  /** Every request the pages made to anywhere but localhost; must stay empty. */
  offsiteRequests: string[];
}

export const test = base.extend<Fixtures>({
  offsiteRequests: [
    async ({ context }, use) => {
      const offsite: string[] = [];
      context.on("request", (request) => {
        if (isOffsite(request.url())) offsite.push(`${request.method()} ${request.url()}`);
      });
      await use(offsite);
      expect(offsite, "requests that left localhost (the app must serve everything itself)").toEqual([]);
    },
    { auto: true },
  ],
  accessibility: [
    async ({ context, page, javaScriptEnabled }, use, testInfo) => {
      const audit = new AccessibilityAudit(testInfo, javaScriptEnabled);
      await audit.watch(page);
      context.on("page", (other) => void audit.watch(other));
      await use(audit);
      await audit.finish(context.pages());
    },
    { auto: true },
  ],
});

/** For specs that only call HTTP APIs: no browser, no page checks. */
export const apiTest = base;
