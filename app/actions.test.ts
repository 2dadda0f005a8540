// Every server action in app/ goes through the one door (lib/forms/action.ts), and a request
// without the right session or role changes nothing. The actions are found, not listed: a new
// "use server" file is checked the day it is written.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { isFormAction, type ServerFormAction } from "@/lib/forms/action";
import { hasAccess } from "@/lib/identity/roles";
import { createTestSession } from "@/lib/identity/test-sessions";
import { seed } from "@/lib/research/personas/seed";
import { STAFF } from "@/lib/research/personas/personas";
import { databaseDigest, useTestDatabase } from "@/test/database";
import { nextControlFlow, request } from "@/test/next-request";

vi.mock("next/headers", async () => (await import("@/test/next-request")).nextHeadersMock);

const APP = path.join(process.cwd(), "app");
const ORIGIN = "http://localhost:3000";

function serverActionFiles(dir = APP): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return serverActionFiles(full);
    if (!/\.(ts|tsx)$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) return [];
    return fs.readFileSync(full, "utf8").includes("use server") ? [full] : [];
  });
}

interface FoundAction {
  name: string;
  action: ServerFormAction;
}

const found: FoundAction[] = [];
const files = serverActionFiles();

beforeAll(async () => {
  for (const file of files) {
    const fileExports = (await import(file)) as Record<string, unknown>;
    const relative = path.relative(process.cwd(), file);
    for (const [exported, value] of Object.entries(fileExports)) found.push({ name: `${relative} ${exported}`, action: value as ServerFormAction });
  }
}, 120_000);

describe("server actions in app/", () => {
  it("are all declared at the top of their file, never inline", () => {
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const source = fs.readFileSync(file, "utf8");
      expect(source.trimStart().startsWith('"use server"'), `${path.relative(process.cwd(), file)}: "use server" must be the file's first line`).toBe(true);
      expect(source.match(/["']use server["']/g), `${file}: one "use server", at the top`).toHaveLength(1);
    }
  });

  it("are each made by formAction(), the one door", () => {
    expect(found.length).toBeGreaterThan(5);
    for (const { name, action } of found) expect(isFormAction(action), `${name} was not made with formAction() (lib/forms/action.ts)`).toBe(true);
  });
});

describe("a request without the right session or role changes nothing", { timeout: 120_000 }, () => {
  const database = useTestDatabase();
  const sessions: Record<"teacher" | "support" | "admin", string> = { teacher: "", support: "", admin: "" };

  beforeAll(async () => {
    await seed(database.prisma);
    const cookie = async (email: string) => (await createTestSession(email))!.value;
    sessions.teacher = await cookie("tomasz.nowak@example.com");
    sessions.support = await cookie(STAFF.support.email);
    sessions.admin = await cookie(STAFF.admin.email);
  });
  beforeEach(() => request.reset());

  const digest = () => databaseDigest(database.sql);

  /** A form that would be valid for most actions, so nothing is refused for bad input first. */
  function plausibleForm(): FormData {
    const form = new FormData();
    for (const [name, value] of Object.entries({
      email: "someone.new@example.com",
      code: "123456",
      firstName: "Ann",
      lastName: "Other",
      mobile: "07700900123",
      "dateOfBirth-day": "1",
      "dateOfBirth-month": "2",
      "dateOfBirth-year": "1990",
      useEmail: "yes",
      reason: "other",
      details: "x",
    }))
      form.set(name, value);
    return form;
  }

  async function outcome(action: ServerFormAction, who: keyof typeof sessions | null, origin = ORIGIN) {
    request.reset({
      headers: { origin, host: new URL(ORIGIN).host, "next-action": "x" },
      cookies: who ? { "next-auth.session-token": sessions[who] } : {},
    });
    try {
      return { returned: await action({ errors: [], values: {} }, plausibleForm()) };
    } catch (error) {
      const flow = nextControlFlow(error);
      if (!flow) throw error;
      return flow;
    }
  }

  it("for each action that needs a session or a role", async () => {
    const guarded = found.filter(({ action }) => action.access !== "public");
    expect(guarded.length, "actions that need a session").toBeGreaterThan(5);
    for (const { name, action } of guarded) {
      const before = await digest();
      const signedOut = await outcome(action, null);
      expect(signedOut, `${name} signed out`).toHaveProperty(action.access === "account" ? "redirect" : "status");
      if ("redirect" in signedOut) expect(signedOut.redirect, name).toMatch(/^\/sign-in\?returnTo=/);
      else expect(signedOut, name).toEqual({ status: 404 });

      for (const who of ["teacher", "support"] as const) {
        const role = who === "teacher" ? "TEACHER" : "SUPPORT";
        if (hasAccess({ role }, action.access)) continue;
        expect(await outcome(action, who), `${name} as ${who}`).toEqual({ status: 404 });
      }
      expect(await digest(), `${name} changed the database for someone without access`).toBe(before);
    }
  });

  it("for every action, public ones included, when the post comes from another site", async () => {
    for (const { name, action } of found) {
      const before = await digest();
      expect(await outcome(action, "admin", "https://evil.example"), name).toEqual({ status: 404 });
      expect(await digest(), `${name} changed the database for a cross-site post`).toBe(before);
    }
  });
});
