// Every link in the support console resolves, for support staff and for admins, with the queue
// at 53 requests or more; each page reached gets the automatic checks (axe, no sideways scroll at
// 320 px: e2e/page-checks.ts).
import { expect, test } from "./fixtures/session";
import { walkLinks } from "./links";

const QUEUE_SIZE = 53;

test("every link on every console page resolves, as support and as admin", async ({ page, newTeacher, signedInAs }) => {
  test.setTimeout(600_000);
  await signedInAs("support@example.com");
  await page.goto("/support/change-requests");
  const waiting = Number(/\((\d+) waiting\)/.exec(await page.getByRole("link", { name: /^Change requests \(/ }).innerText())![1]);
  for (let n = waiting; n < QUEUE_SIZE; n++) await newTeacher("daniel", { signIn: false });

  for (const who of ["support@example.com", "admin@example.com"]) {
    await signedInAs(who);
    const { broken, visited } = await walkLinks(page, "/support", {
      crawl: (path) => (path === "/support" || path.startsWith("/support/") || path.startsWith("/support?")) && !path.includes("/evidence"),
      // Opening a request claims it: admins leave them to support, who walked them (as one agent, like every journey's staff).
      skip: (path) => who === "admin@example.com" && /^\/support\/(change-requests\/|next-request)/.test(path),
      maxPages: 40,
    });
    expect(broken, `${who}: links that answer 404 or 5xx`).toEqual([]);
    expect(visited.length, `${who} walked ${visited.join(", ")}`).toBeGreaterThan(who === "admin@example.com" ? 10 : 8);
  }
});
