// The journey tests' own pages (/testing…) exist only under APP_ENV=test: anywhere else proxy.ts
// answers the GOV.UK 404 page for every one of them, and the pages themselves call notFound().
import { afterEach, describe, expect, it, vi } from "vitest";
import { forgetEnvForTests } from "@/lib/env";
import { missingPages } from "@/lib/http/missing-pages";
import { PAGE_SECTIONS } from "@/app/page-rules";
import { nextControlFlow } from "@/test/next-request";
import FailingPage from "@/app/(aytq)/testing/failing-page/page";
import { PREVIEW_ENV, PRODUCTION_ENV } from "@/test/production-env";

const PRODUCTION = PRODUCTION_ENV;

const nobody = async () => null;
// The sections alone: the journey pages are no dynamic route.
const pageIsMissing = missingPages([], PAGE_SECTIONS);

async function failure(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("it did not fail");
}

afterEach(() => {
  vi.unstubAllEnvs();
  forgetEnvForTests();
});

describe("the journey tests' pages", () => {
  it("under APP_ENV=test: the failing page is there, and fails as a bug would", async () => {
    expect(await pageIsMissing("/testing/failing-page", nobody)).toBe(false);
    const error = await failure(() => FailingPage());
    expect(nextControlFlow(error)).toBeNull();
    expect((error as Error).message).toMatch(/fails on purpose/);
  });

  for (const appEnv of ["production", "preview", "development"]) {
    it(`under APP_ENV=${appEnv}: every /testing address is the 404 page`, async () => {
      const environment = appEnv === "preview" ? PREVIEW_ENV : { ...PRODUCTION, APP_ENV: appEnv };
      for (const [name, value] of Object.entries(environment)) vi.stubEnv(name, value);
      forgetEnvForTests();
      for (const path of ["/testing", "/testing/failing-page", "/testing/anything/else"]) {
        expect(await pageIsMissing(path, nobody), path).toBe(true);
      }
      expect(nextControlFlow(await failure(() => FailingPage()))).toEqual({ status: 404 });
    });
  }
});
