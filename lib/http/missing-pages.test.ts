// proxy.ts answers the GOV.UK 404 page (a rewrite to app/not-found.tsx at /_not-found, status 404)
// for addresses naming something that is not there or not the viewer's, and lets the rest
// through to their pages: the same answers the pages give, with real HTML.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestSession } from "@/lib/identity/test-sessions";
import { CONSOLE_NOT_FOUND_PATH, proxy } from "@/proxy";
import { seed } from "@/lib/research/personas/seed";
import { useTestDatabase } from "@/test/database";

const database = useTestDatabase();
const cookies: Record<string, string> = {};
let messageId = "";

beforeAll(async () => {
  await seed(database.prisma);
  const people = {
    daniel: "daniel.osei@example.com",
    tomasz: "tomasz.nowak@example.com",
    priya: "priya.raman@example.com",
    support: "support@example.com",
    admin: "admin@example.com",
  };
  for (const [who, email] of Object.entries(people)) cookies[who] = (await createTestSession(email))!.value;
  messageId = (await database.prisma.outboxMessage.findFirstOrThrow()).id;
});

async function answer(url: string, who: keyof typeof cookies | null = null): Promise<"404" | "page"> {
  const headers: Record<string, string> = who ? { cookie: `next-auth.session-token=${cookies[who]}` } : {};
  const response = await proxy(new NextRequest(`http://localhost${url}`, { headers }));
  if (response.status === 404) {
    // Staff get the console's own 404 page for a console address; everyone else the service's.
    const page = url.startsWith("/support") && (who === "support" || who === "admin") ? CONSOLE_NOT_FOUND_PATH : "/_not-found";
    expect(new URL(response.headers.get("x-middleware-rewrite")!).pathname, url).toBe(page);
    return "404";
  }
  expect(response.headers.get("x-middleware-next"), url).toBe("1");
  return "page";
}

describe("addresses that name nothing, or someone else's", () => {
  it("a change request: the teacher's own is their page; anyone else's, or a made-up one, is 404", async () => {
    for (const suffix of ["", "/sent", "/withdraw"]) {
      expect(await answer(`/account/requests/CR-D4N1EZ${suffix}`, "daniel")).toBe("page");
      expect(await answer(`/account/requests/CR-D4N1EZ${suffix}`, "tomasz")).toBe("404");
    }
    expect(await answer("/account/requests/CR-ZZZZZZ", "daniel")).toBe("404");
    expect(await answer("/account/requests/not-a-reference", "daniel")).toBe("404");
    expect(await answer("/account/requests/%E0%A4%A", "daniel")).toBe("404");
    // Signed out, the page asks them to sign in first and comes back.
    expect(await answer("/account/requests/CR-D4N1EZ")).toBe("page");
  });

  it("asking to change the record: a kind we know, for an account with a record", async () => {
    expect(await answer("/account/record/name", "daniel")).toBe("page");
    expect(await answer("/account/record/date-of-birth/evidence", "daniel")).toBe("page");
    expect(await answer("/account/record/shoe-size", "daniel")).toBe("404");
    expect(await answer("/account/record/name", "support")).toBe("404");
  });

  it("the support console: a teacher, a request and a member of staff that exist", async () => {
    expect(await answer("/support/teachers/3000009", "support")).toBe("page");
    expect(await answer("/support/teachers/3999999", "support")).toBe("404");
    expect(await answer("/support/teachers/abc", "support")).toBe("404");
    expect(await answer("/support/change-requests/CR-D4N1EZ", "support")).toBe("page");
    expect(await answer("/support/change-requests/CR-ZZZZZZ", "support")).toBe("404");
    const admin = await database.prisma.identityAccount.findUniqueOrThrow({ where: { email: "admin@example.com" } });
    const teacher = await database.prisma.identityAccount.findUniqueOrThrow({ where: { email: "tomasz.nowak@example.com" } });
    expect(await answer(`/support/staff/${admin.id}`, "admin")).toBe("page");
    expect(await answer(`/support/staff/${admin.id}`, "support")).toBe("404");
    expect(await answer(`/support/staff/${teacher.id}`, "admin")).toBe("404");
    // A page of its own beside the members' ids, not an id: its page, for an admin.
    expect(await answer("/support/staff/new", "admin")).toBe("page");
    expect(await answer("/support/staff/new/anything", "admin")).toBe("404");
  });

  it("the support console: an address that is none of its pages is its own 404 page for staff, the service's for anyone else", async () => {
    for (const path of [
      "/support/no-such-page",
      "/support/teachers/3000009/nonsense",
      "/support/change-requests/CR-D4N1EZ/accept/more",
      "/support/api-keys/00000000-0000-4000-8000-000000000000",
      "/support/page-not-found/x",
    ]) {
      for (const who of ["support", "admin", "daniel", null] as const) expect(await answer(path, who), `${path} as ${who}`).toBe("404");
    }
    // Its pages, and the route handlers beside them, are still theirs.
    for (const path of [
      "/support",
      "/support/",
      "/support/emails",
      "/support/next-request",
      "/support/change-requests/CR-D4N1EZ/accept",
      "/support/teachers/3000009",
    ]) {
      expect(await answer(path, "support"), path).toBe("page");
    }
  });

  it("the console's admin pages: an admin's; a support member gets the 404 page, with real HTML", async () => {
    for (const path of ["/support/staff", "/support/staff/new", "/support/api-keys", "/support/api-keys/new"]) {
      expect(await answer(path, "admin"), path).toBe("page");
      expect(await answer(path, "support"), path).toBe("404");
    }
    expect(await answer("/support/change-requests", "support")).toBe("page");
    // Revoking a key that is not there (or was revoked already): nothing to confirm.
    expect(await answer("/support/api-keys/00000000-0000-4000-8000-000000000000/revoke", "admin")).toBe("404");
    expect(await answer("/support/api-keys/not-a-key/revoke", "admin")).toBe("404");
  });

  it("a change request's document: a request that was sent with one", async () => {
    expect(await answer("/support/change-requests/CR-D4N1EZ/evidence", "support")).toBe("page");
    expect(await answer("/support/change-requests/CR-ZZZZZZ/evidence", "support")).toBe("404");
    expect(await answer("/support/change-requests/nope/evidence", "support")).toBe("404");
  });

  it("the mailbox: a message that exists", async () => {
    expect(await answer(`/mailbox/${messageId}`)).toBe("page");
    expect(await answer("/mailbox/00000000-0000-0000-0000-000000000000")).toBe("404");
    expect(await answer("/mailbox/nope")).toBe("404");
  });

  it("leaves every other address to its page", async () => {
    for (const url of [
      "/",
      "/qualifications",
      "/qualifications/certificates/qts",
      "/qualifications/certificates/shoe-size",
      "/account",
      "/account/requests",
      "/sign-in",
      "/no-such-page",
    ]) {
      expect(await answer(url, "daniel"), url).toBe("page");
    }
  });
});
