// Research mode's switch and the preview's shared password.
import { afterEach, describe, expect, it, vi } from "vitest";
import { forgetEnvForTests } from "@/lib/env";
import { isGated, isPreviewPassword, isValidPreviewPass, previewPassValue } from "./gate";
import { previewPassword, researchMode } from "./mode";
import { PREVIEW_ENV, PRODUCTION_ENV } from "@/test/production-env";

function withEnv(values: Record<string, string | undefined>) {
  for (const [name, value] of Object.entries(values)) vi.stubEnv(name, value as string);
  forgetEnvForTests();
}

const PRODUCTION = PRODUCTION_ENV;

afterEach(() => {
  vi.unstubAllEnvs();
  forgetEnvForTests();
});

describe("researchMode", () => {
  it("is on in development and preview, off in test unless asked, never in production", () => {
    withEnv({ APP_ENV: "development", RESEARCH_MODE: undefined });
    expect(researchMode()).toBe(true);
    withEnv({ ...PREVIEW_ENV });
    expect(researchMode()).toBe(true);
    withEnv({ ...PREVIEW_ENV, RESEARCH_MODE: "off" });
    expect(researchMode()).toBe(false);
    withEnv({ APP_ENV: "test", RESEARCH_MODE: undefined });
    expect(researchMode()).toBe(false);
    withEnv({ APP_ENV: "test", RESEARCH_MODE: "on" });
    expect(researchMode()).toBe(true);
    withEnv({ ...PRODUCTION, RESEARCH_MODE: "on", PREVIEW_PASSWORD: "a-shared-password" });
    expect(researchMode()).toBe(false);
    expect(previewPassword()).toBeNull();
    expect(isGated("/qualifications")).toBe(false);
  });
});

describe("the shared password", () => {
  it("gates every page but the gate, the machine APIs, the health check and static files", () => {
    withEnv({ ...PREVIEW_ENV, PREVIEW_PASSWORD: "a-shared-password" });
    for (const path of ["/", "/qualifications", "/support", "/research", "/mailbox", "/api/auth/callback/email"]) expect(isGated(path), path).toBe(true);
    for (const path of ["/research/password", "/api/health", "/api/v1/qts-awards", "/assets/images/favicon.svg", "/_next/static/x.js", "/js/init.mjs"]) {
      expect(isGated(path), path).toBe(false);
    }
    withEnv({ APP_ENV: "development", PREVIEW_PASSWORD: undefined });
    expect(isGated("/qualifications")).toBe(false);
  });

  it("is checked exactly, and lets the browser in for 12 hours with a cookie bound to the password", () => {
    withEnv({ ...PREVIEW_ENV, PREVIEW_PASSWORD: "a-shared-password" });
    expect(isPreviewPassword("a-shared-password")).toBe(true);
    expect(isPreviewPassword("A-shared-password")).toBe(false);
    expect(isPreviewPassword("")).toBe(false);
    const now = new Date("2026-11-30T10:00:00Z");
    const pass = previewPassValue(now);
    expect(isValidPreviewPass(pass, now)).toBe(true);
    expect(isValidPreviewPass(pass, new Date(now.getTime() + 11.9 * 3600_000))).toBe(true);
    expect(isValidPreviewPass(pass, new Date(now.getTime() + 12 * 3600_000 + 1))).toBe(false);
    const [expires, mac] = pass.split(".");
    expect(isValidPreviewPass(`${Number(expires) + 3600_000}.${mac}`, now)).toBe(false);
    expect(isValidPreviewPass(undefined, now)).toBe(false);
    expect(isValidPreviewPass("garbage", now)).toBe(false);
    // A new password turns away everyone who gave the old one.
    withEnv({ ...PREVIEW_ENV, PREVIEW_PASSWORD: "the-next-password" });
    expect(isValidPreviewPass(pass, now)).toBe(false);
  });
});
