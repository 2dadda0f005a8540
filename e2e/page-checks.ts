// The checks every journey gets without asking (wired up by e2e/fixtures.ts): each page state a
// test sees is checked once with axe (WCAG 2.2 AA and best practice) and for reflow (nothing
// scrolls sideways at 320 CSS pixels wide, WCAG 1.4.10), and the test fails at the end listing
// what was wrong.
//
// When: before every locator action (click, fill, check…), before page.goto, reload, goBack and
// goForward, before page.waitForEvent, waitForRequest and waitForResponse (a test starts those
// just before the action they wait for: `Promise.all([page.waitForEvent("download"), click()])`,
// and the wait must not spend its time on the checks), and once more when the test ends: the
// moments the test is looking at a page and about to leave it or change it. Never inside an action or an assertion: axe takes seconds on a
// busy machine, and inside an assertion it spent the assertion's 10 s and made it flaky. A check
// has its own time budget instead, and the test's timeout grows by the time checks took, so
// neither the test's own waits nor its timeout pay for them.
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page, TestInfo } from "@playwright/test";

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
/** WCAG 1.4.10: 320 CSS pixels, 1280 at 400% zoom. */
export const REFLOW_WIDTH = 320;
/** How long one page state's checks may take (axe on a busy 2-core machine: 1–4 s). */
export const CHECK_BUDGET_MS = 30_000;

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

/** What the user is looking at. A new document, URL, title or width is a new page state. */
export interface PageState {
  key: string;
  url: string;
  title: string;
  width: number;
}

export interface PageViolations {
  state: PageState;
  violations: Violation[];
}

export interface Overflow {
  state: PageState;
  /** document.documentElement.scrollWidth at REFLOW_WIDTH. */
  scrollWidth: number;
  /** The first few elements reaching past the right edge. */
  elements: string[];
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

const axeInThisWorker = new Map<string, Violation[]>();
const reflowInThisWorker = new Map<string, Omit<Overflow, "state"> | null>();

async function cacheKey(page: Page, javaScriptEnabled: boolean, state: PageState): Promise<string> {
  return `${javaScriptEnabled}|${state.width}|${state.url}|${await page.evaluate(fingerprint)}`;
}

// Next.js streams a page's metadata: after a client-side navigation (a server action's redirect,
// say) the new content can be on screen a moment before its <title>, and axe running in that
// moment (in the page, on its main thread) can find it missing before and after (seen once in CI,
// on /signed-out). Best effort again: a page that never gets a title is still reported.
async function titleSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.title.trim() !== "", undefined, { timeout: 2_000 }).catch(() => {});
}

async function runAxe(page: Page, javaScriptEnabled: boolean): Promise<PageViolations | undefined> {
  await page.waitForLoadState("load");
  if (javaScriptEnabled) {
    await componentsSettled(page);
    await titleSettled(page);
  }
  const state = await readState(page);
  if (!state) return undefined;
  const key = await cacheKey(page, javaScriptEnabled, state);
  const known = axeInThisWorker.get(key);
  if (known) return { state, violations: known };
  // Legacy mode runs axe in the page itself; the default opens a blank page per check to
  // combine results from iframes. The one frame we show is a change request's document (a PDF
  // in a sandbox, no axe inside): not tested, or axe waits for it to answer.
  if (!javaScriptEnabled) await page.evaluate(startTimersWithoutScripting);
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ["violations"], iframes: false }) // passes in full double the time; first, as it replaces all options
    .withTags(AXE_TAGS)
    .setLegacyMode()
    .analyze();
  if (!javaScriptEnabled) await page.evaluate(restoreTimers);
  const after = await readState(page);
  // The page changed while axe ran: the result belongs to neither state.
  if (after?.key !== state.key) return undefined;
  axeInThisWorker.set(key, results.violations);
  return { state, violations: results.violations };
}

/** Widths and elements past `limit`, measured in the page once its fonts are in. */
async function measureOverflow(page: Page, limit: number): Promise<{ scrollWidth: number; elements: string[] }> {
  return page.evaluate(async (edge) => {
    await document.fonts.ready;
    const describe = (el: Element) => {
      const text = (el.textContent ?? "").trim().replace(/\s+/g, " ");
      const name = el.tagName.toLowerCase() + (el.id ? `#${el.id}` : "") + Array.from(el.classList, (c) => `.${c}`).join("");
      return `${name} ("${text.length > 60 ? `${text.slice(0, 57)}...` : text}", right edge ${Math.round(el.getBoundingClientRect().right)}px)`;
    };
    // Innermost first: the element that is too wide, rather than every ancestor it stretches.
    const past = Array.from(document.querySelectorAll("body *")).filter((el) => el.getBoundingClientRect().right > edge + 0.5);
    const innermost = past.filter((el) => !past.some((other) => other !== el && el.contains(other)));
    return { scrollWidth: document.documentElement.scrollWidth, elements: innermost.slice(0, 8).map(describe) };
  }, limit);
}

/**
 * The page at REFLOW_WIDTH: its scrollWidth, and what sticks out when it is too wide. The
 * viewport is put back afterwards. null: it fits.
 */
async function runReflow(page: Page, javaScriptEnabled: boolean): Promise<Overflow | null | undefined> {
  const state = await readState(page);
  if (!state) return undefined;
  const key = await cacheKey(page, javaScriptEnabled, state);
  if (reflowInThisWorker.has(key)) {
    const known = reflowInThisWorker.get(key)!;
    return known && { state, ...known };
  }
  const viewport = page.viewportSize();
  const narrow = viewport && viewport.width > REFLOW_WIDTH;
  if (narrow) await page.setViewportSize({ width: REFLOW_WIDTH, height: viewport.height });
  try {
    const measured = await measureOverflow(page, REFLOW_WIDTH);
    const result = measured.scrollWidth <= REFLOW_WIDTH ? null : measured;
    reflowInThisWorker.set(key, result);
    return result && { state, ...result };
  } finally {
    if (narrow) await page.setViewportSize(viewport);
  }
}

export function formatViolations(pages: PageViolations[]): string {
  const count = pages.reduce((n, p) => n + p.violations.length, 0);
  const lines = [`${count} accessibility violation(s) on ${pages.length} page(s) (axe: ${AXE_TAGS.join(", ")}):`];
  for (const { state, violations } of pages) {
    lines.push("", `${state.url}  "${state.title}"  at ${state.width}px wide`);
    for (const v of violations) {
      lines.push(`  • ${v.id} [${v.impact ?? "no impact"}] ${v.help}`, `    ${v.helpUrl}`);
      for (const node of v.nodes) {
        const why = (node.failureSummary ?? "")
          .split("\n")
          .slice(1)
          .map((s) => s.trim())
          .filter(Boolean)
          .join("; ");
        lines.push(`    - ${node.target.map(String).join(" >>> ")}${why ? `  (${why})` : ""}`);
      }
    }
  }
  return lines.join("\n");
}

export function formatOverflows(overflows: Overflow[]): string {
  const lines = [`${overflows.length} page(s) scroll sideways at ${REFLOW_WIDTH}px wide (WCAG 1.4.10 reflow):`];
  for (const { state, scrollWidth, elements } of overflows) {
    lines.push("", `${state.url}  "${state.title}": ${scrollWidth}px wide`, ...elements.map((element) => `  - ${element}`));
  }
  return lines.join("\n");
}

/** Follows every page of a test and checks each new page state once: axe, then reflow. */
export class PageChecks {
  /** URLs (without #fragment) of documents loaded in the page, and those checked. */
  readonly shown = new Set<string>();
  readonly checked = new Set<string>();
  readonly violations: PageViolations[] = [];
  readonly overflows: Overflow[] = [];
  private readonly checkedKeys = new WeakMap<Page, Set<string>>();
  private readonly inFlight = new WeakMap<Page, Promise<void>>();
  private readonly reported = new Set<string>();

  constructor(
    private readonly testInfo: TestInfo,
    private readonly javaScriptEnabled: boolean,
  ) {}

  watch(page: Page): void {
    checksByPage.set(page, this);
    this.checkedKeys.set(page, new Set());
    patchLocatorActions(page);
    // Documents loaded, not every address the history passed through: with JavaScript on, a
    // client-side navigation that the server redirects shows its first address for a moment,
    // and no one sees that page. (The js-off run loads every page as a document.)
    page.on("domcontentloaded", () => {
      if (/^https?:/.test(page.url())) this.shown.add(withoutHash(page.url()));
    });
    // page.goto and friends leave the page, and a test starts waiting for an event just before
    // the action that causes it: check the page first.
    for (const method of ["goto", "reload", "goBack", "goForward", "waitForEvent", "waitForRequest", "waitForResponse"] as const) {
      const original = page[method].bind(page) as (...args: unknown[]) => Promise<unknown>;
      (page as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
        await this.checkIfNew(page);
        return original(...args);
      };
    }
  }

  /**
   * Checks the page unless this exact state was checked already. Callers at the same moment
   * (a wait and the action it waits for) share one check.
   */
  async checkIfNew(page: Page): Promise<void> {
    const running = this.inFlight.get(page);
    if (running) return running;
    const check = (async () => {
      const state = await readState(page);
      if (!state || this.checkedKeys.get(page)?.has(state.key)) return;
      await this.withinBudget(() => this.check(page)).catch(() => {}); // navigated away mid-check: the coverage list will say
    })();
    this.inFlight.set(page, check);
    try {
      await check;
    } finally {
      this.inFlight.delete(page);
    }
  }

  /** Checks the page now with axe (and for reflow unless `reflow: false`); returns its violations. */
  async check(page: Page, { reflow = true } = {}): Promise<PageViolations | undefined> {
    const run = await runAxe(page, this.javaScriptEnabled);
    if (!run) return undefined;
    this.checkedKeys.get(page)?.add(run.state.key);
    this.checked.add(run.state.url);
    const fresh = run.violations.filter((v) =>
      this.firstTime(`axe|${run.state.url}|${run.state.width}|${v.id}|${v.nodes.map((n) => n.target.join(">>>")).join(",")}`),
    );
    if (fresh.length) this.violations.push({ state: run.state, violations: fresh });
    if (reflow) {
      const overflow = await runReflow(page, this.javaScriptEnabled);
      if (overflow && this.firstTime(`reflow|${overflow.state.url}|${overflow.state.title}`)) this.overflows.push(overflow);
    }
    return run;
  }

  private firstTime(id: string): boolean {
    if (this.reported.has(id)) return false;
    this.reported.add(id);
    return true;
  }

  /**
   * Runs a check with its own time budget, and gives the time it took back to the test: the
   * test's timeout is for the journey, not for axe.
   */
  private async withinBudget<T>(check: () => Promise<T>): Promise<T> {
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        check(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`the page checks took longer than ${CHECK_BUDGET_MS} ms`)), CHECK_BUDGET_MS);
        }),
      ]);
    } finally {
      clearTimeout(timer);
      if (this.testInfo.timeout > 0) this.testInfo.setTimeout(this.testInfo.timeout + (Date.now() - started));
    }
  }

  async finish(pages: Page[]): Promise<void> {
    // After a failure the page may be anywhere: report what was found so far, nothing more.
    const passed = this.testInfo.status === "passed";
    if (passed) for (const page of pages) if (!page.isClosed()) await this.checkIfNew(page);
    if (this.violations.length) {
      await this.testInfo.attach("axe-violations.json", { body: JSON.stringify(this.violations, null, 2), contentType: "application/json" });
    }
    if (this.overflows.length) {
      await this.testInfo.attach("reflow-overflows.json", { body: JSON.stringify(this.overflows, null, 2), contentType: "application/json" });
    }
    const missed = passed ? [...this.shown].filter((url) => !this.checked.has(url)) : [];
    const problems: string[] = [];
    if (this.violations.length) problems.push(formatViolations(this.violations));
    if (this.overflows.length) problems.push(formatOverflows(this.overflows));
    if (missed.length) {
      problems.push(
        `These pages were shown but never checked (the test left them without acting on them; ` +
          `act on each page, or call expectAccessible(page)):\n` +
          missed.map((url) => `  - ${url}`).join("\n"),
      );
    }
    if (problems.length) throw new Error(problems.join("\n\n"));
  }
}

const checksByPage = new WeakMap<Page, PageChecks>();

export function checksFor(page: Page): PageChecks | undefined {
  return checksByPage.get(page);
}

// Locator actions that change the page or act on what it shows: each first checks the page
// state the test is looking at. Patched once per worker on Playwright's Locator class.
const ACTIONS = [
  "check",
  "clear",
  "click",
  "dblclick",
  "dispatchEvent",
  "dragTo",
  "fill",
  "focus",
  "hover",
  "press",
  "pressSequentially",
  "selectOption",
  "selectText",
  "setChecked",
  "setInputFiles",
  "tap",
  "type",
  "uncheck",
] as const;
const PATCHED = Symbol.for("aytq.e2e.locatorActionsChecked");

function patchLocatorActions(page: Page): void {
  const prototype = Object.getPrototypeOf(page.locator("body")) as Record<string | symbol, unknown>;
  if (prototype[PATCHED]) return;
  prototype[PATCHED] = true;
  for (const name of ACTIONS) {
    const original = prototype[name];
    if (typeof original !== "function") continue;
    prototype[name] = async function (this: Locator, ...args: unknown[]) {
      const target = this.page();
      await checksByPage.get(target)?.checkIfNew(target);
      return (original as (...a: unknown[]) => Promise<unknown>).apply(this, args);
    };
  }
}
