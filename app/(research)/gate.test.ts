// A research preview's password holds for server actions too, wherever they are posted: an
// action is reached by its id at any address (the gate's own page included, which proxy.ts
// lets through), so the one door (lib/forms/action.ts) checks the gate cookie itself. Every
// server action in app/ is found, not listed; only the one that takes the password runs without it.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { forgetEnvForTests } from "@/lib/env";
import { isFormAction, type ServerFormAction } from "@/lib/forms/action";
import { COOKIES } from "@/lib/http/cookies";
import { createTestSession } from "@/lib/identity/test-sessions";
import { previewPassValue } from "@/lib/research/gate";
import { seed } from "@/lib/research/personas/seed";
import { databaseDigest, useTestDatabase } from "@/test/database";
import { nextControlFlow, request } from "@/test/next-request";

vi.mock("next/headers", async () => (await import("@/test/next-request")).nextHeadersMock);

const APP = path.join(process.cwd(), "app");
const ORIGIN = "http://localhost:3000";
const PASSWORD = "the-preview-password";

function serverActionFiles(dir = APP): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return serverActionFiles(full);
    if (!/\.(ts|tsx)$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) return [];
    return fs.readFileSync(full, "utf8").trimStart().startsWith('"use server"') ? [full] : [];
  });
}

function useEnv(values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) vi.stubEnv(name, value);
  forgetEnvForTests();
}

const database = useTestDatabase();
const actions: { name: string; action: ServerFormAction }[] = [];
let teacherSession = "";
const passes = { valid: "", expired: "", otherPassword: "" };

beforeAll(async () => {
  for (const file of serverActionFiles()) {
    const fileExports = (await import(file)) as Record<string, unknown>;
    for (const [exported, value] of Object.entries(fileExports)) {
      if (isFormAction(value)) actions.push({ name: `${path.relative(APP, file)} ${exported}`, action: value });
    }
  }
  await seed(database.prisma);
  teacherSession = (await createTestSession("tomasz.nowak@example.com"))!.value;
  useEnv({ RESEARCH_MODE: "on", PREVIEW_PASSWORD: "an-older-password" });
  passes.otherPassword = previewPassValue();
  useEnv({ RESEARCH_MODE: "on", PREVIEW_PASSWORD: PASSWORD });
  passes.valid = previewPassValue();
  passes.expired = previewPassValue(new Date(Date.now() - (COOKIES.previewPass.maxAge + 60) * 1000));
}, 120_000);
afterAll(() => {
  vi.unstubAllEnvs();
  forgetEnvForTests();
});
beforeEach(() => request.reset());

const digest = () => databaseDigest(database.sql);

/** Posted as the attacker did: from the gate's own page, with a form each action would accept. */
async function post(action: ServerFormAction, pass: string | null) {
  request.reset({
    headers: { origin: ORIGIN, host: new URL(ORIGIN).host, "next-action": "x", referer: `${ORIGIN}/research/password` },
    cookies: { "next-auth.session-token": teacherSession, ...(pass === null ? {} : { [COOKIES.previewPass.name]: pass }) },
  });
  const form = new FormData();
  for (const [name, value] of Object.entries({ persona: "tomasz", intent: "persona", password: PASSWORD, email: "tomasz.nowak@example.com", code: "123456" })) {
    form.set(name, value);
  }
  try {
    return { returned: await action({ errors: [], values: {} }, form) };
  } catch (error) {
    const flow = nextControlFlow(error);
    if (!flow) throw error;
    return flow;
  }
}

describe("server actions behind a research preview's password", { timeout: 180_000 }, () => {
  it("are found, the research area's among them, and only the password's own runs without it", () => {
    const research = actions.filter(({ name }) => name.startsWith("(research)"));
    expect(research.map(({ name }) => name).sort()).toEqual([
      "(research)/research/actions.ts enterPreviewPassword",
      "(research)/research/actions.ts resetData",
      "(research)/research/actions.ts startPersona",
    ]);
    expect(actions.filter(({ action }) => action.ungated).map(({ name }) => name)).toEqual(["(research)/research/actions.ts enterPreviewPassword"]);
    expect(actions.length).toBeGreaterThan(10);
  });

  for (const [what, pass] of [
    ["without the gate cookie", null],
    ["with an expired one", "expired"],
    ["with one signed for another password", "otherPassword"],
    ["with a forged one", "9999999999999.00"],
  ] as const) {
    it(`do nothing and answer like the gate ${what}`, async () => {
      const cookie = pass === null ? null : pass in passes ? passes[pass as keyof typeof passes] : pass;
      for (const { name, action } of actions.filter(({ action }) => !action.ungated)) {
        const before = await digest();
        expect(await post(action, cookie), name).toEqual({ redirect: "/research/password?returnTo=%2Fresearch%2Fpassword" });
        expect(await digest(), `${name} changed the database ${what}`).toBe(before);
      }
    });
  }

  it("run with a valid gate cookie (starting as a persona signs in as them)", async () => {
    const start = actions.find(({ name }) => name.endsWith("startPersona"))!.action;
    expect(await post(start, passes.valid)).toEqual({ redirect: "/qualifications" });
  });
});
