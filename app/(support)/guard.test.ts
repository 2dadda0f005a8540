// Every page, layout and route handler of the support console, found not listed, answers 404
// to anyone without the support role, and proxy.ts turns them away before any of it runs.
import fs from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createTestSession } from "@/lib/identity/test-sessions";
import { isSupportPath, proxy } from "@/proxy";
import { seed } from "@/lib/research/personas/seed";
import { useTestDatabase } from "@/test/database";
import { nextControlFlow, request } from "@/test/next-request";

vi.mock("next/headers", async () => (await import("@/test/next-request")).nextHeadersMock);

const ROOT = path.join(process.cwd(), "app", "(support)");
function files(dir: string, names: string[]): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full, names) : names.includes(entry.name) ? [full] : [];
  });
}

const database = useTestDatabase();
const cookies: Record<string, string> = {};
beforeAll(async () => {
  await seed(database.prisma);
  for (const [who, email] of [
    ["teacher", "tomasz.nowak@example.com"],
    ["support", "support@example.com"],
    ["admin", "admin@example.com"],
  ]) {
    cookies[who!] = (await createTestSession(email!))!.value;
  }
});

const props = {
  params: Promise.resolve({ trn: "3000009", reference: "CR-D4N1EZ", id: "00000000-0000-0000-0000-000000000000" }),
  searchParams: Promise.resolve({}),
  children: null,
};

async function answer(file: string, who: string | null): Promise<number> {
  request.reset({ cookies: who ? { "next-auth.session-token": cookies[who]! } : {} });
  const route = (await import(file)) as { default?: (p: unknown) => unknown; GET?: (r: Request, c: unknown) => Promise<Response> };
  try {
    if (route.GET) return (await route.GET(new Request("http://localhost/support/x"), props)).status;
    await route.default!(props);
    return 200;
  } catch (error) {
    const flow = nextControlFlow(error);
    if (flow && "status" in flow) return flow.status;
    throw error;
  }
}

// Each file is imported and called as a signed-out visitor and a teacher: slow on a busy machine.
describe("the support console's own guard", { timeout: 120_000 }, () => {
  const pages = files(ROOT, ["page.tsx", "layout.tsx"]);
  const handlers = files(ROOT, ["route.ts"]);

  it("is on every page, the layout and every route handler", async () => {
    expect(pages.length).toBeGreaterThan(8);
    expect(handlers.length).toBeGreaterThan(0);
    for (const file of [...pages, ...handlers]) {
      const name = path.relative(process.cwd(), file);
      expect(await answer(file, null), `${name} signed out`).toBe(404);
      expect(await answer(file, "teacher"), `${name} as a teacher`).toBe(404);
    }
  });

  it("keeps the admin pages from support staff", async () => {
    for (const file of pages.filter((f) => /[\\/](staff|api-keys)[\\/]/.test(f))) {
      expect(await answer(file, "support"), path.relative(process.cwd(), file)).toBe(404);
    }
  });
});

describe("proxy.ts", () => {
  const visit = (url: string, who: string | null) =>
    proxy(new NextRequest(`http://localhost${url}`, { headers: who ? { cookie: `next-auth.session-token=${cookies[who]}` } : {} }));

  it("answers 404 for every /support address to anyone without the role, pages, handlers and actions alike", async () => {
    for (const url of ["/support", "/support/change-requests/CR-D4N1EZ/evidence", "/support/staff", "/support/next-request"]) {
      for (const who of [null, "teacher"]) {
        const response = await visit(url, who);
        expect(response.status, `${url} as ${who}`).toBe(404);
        expect(response.headers.get("x-middleware-rewrite")).toMatch(/\/_not-found$/);
      }
      // The admin pages are 404 for support staff too, with real HTML (lib/http/missing-pages.ts).
      const passes = url === "/support/staff" ? "admin" : "support";
      expect((await visit(url, passes)).headers.get("x-middleware-next"), `${url} as ${passes}`).toBe("1");
    }
    expect((await visit("/support/staff", "support")).status).toBe(404);
    // An address that is none of the console's pages: the service's 404 page for the rest, the console's for staff.
    for (const who of [null, "teacher"]) expect((await visit("/support/anything", who)).headers.get("x-middleware-rewrite")).toMatch(/\/_not-found$/);
    for (const who of ["support", "admin"]) {
      const response = await visit("/support/anything", who);
      expect(response.status, `/support/anything as ${who}`).toBe(404);
      expect(response.headers.get("x-middleware-rewrite")).toMatch(/\/support\/page-not-found$/);
    }
  });

  it("matches /support and below only", () => {
    expect(["/support", "/support/", "/support/x"].every(isSupportPath)).toBe(true);
    expect(["/supported", "/qualifications", "/"].some(isSupportPath)).toBe(false);
  });
});
