// With APP_ENV=production every research address is the 404 page, every research action does
// nothing, and no page asks for a preview password, whatever RESEARCH_MODE and PREVIEW_PASSWORD say.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { forgetEnvForTests } from "@/lib/env";
import type { ServerFormAction } from "@/lib/forms/action";
import { nextControlFlow, request } from "@/test/next-request";
import { PRODUCTION_ENV } from "@/test/production-env";

vi.mock("next/headers", async () => (await import("@/test/next-request")).nextHeadersMock);

const ROOT = path.join(process.cwd(), "app", "(research)");
const files = (dir: string, pattern: RegExp): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full, pattern) : pattern.test(entry.name) ? [full] : [];
  });

async function status(run: () => unknown): Promise<number> {
  try {
    await run();
    return 200;
  } catch (error) {
    const flow = nextControlFlow(error);
    if (flow && "status" in flow) return flow.status;
    throw error;
  }
}

beforeAll(() => {
  for (const [name, value] of Object.entries({ ...PRODUCTION_ENV, RESEARCH_MODE: "on", PREVIEW_PASSWORD: "a-shared-password" })) vi.stubEnv(name, value);
  forgetEnvForTests();
});
afterAll(() => {
  vi.unstubAllEnvs();
  forgetEnvForTests();
});

describe("research mode in production", { timeout: 120_000 }, () => {
  it("answers 404 for every research page and layout", async () => {
    const pages = files(ROOT, /^(page|layout)\.tsx$/);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const file of pages) {
      const page = (await import(file)) as { default: (props: unknown) => unknown };
      const props = { params: Promise.resolve({}), searchParams: Promise.resolve({}), children: null };
      expect(await status(() => page.default(props)), path.relative(process.cwd(), file)).toBe(404);
    }
  });

  it("does nothing for any research action", async () => {
    const actions = (await import("./research/actions")) as Record<string, ServerFormAction>;
    request.reset({ headers: { origin: "https://aytq.example.gov.uk", host: "aytq.example.gov.uk", "x-forwarded-proto": "https" } });
    for (const [name, action] of Object.entries(actions)) {
      const form = new FormData();
      form.set("password", "a-shared-password");
      form.set("persona", "tomasz");
      form.set("intent", "copy");
      expect(await status(() => action({ errors: [], values: {} }, form)), name).toBe(404);
    }
  });

  it("asks no page for a password", async () => {
    const { isGated } = await import("@/lib/research/gate");
    expect(isGated("/qualifications")).toBe(false);
  });
});
