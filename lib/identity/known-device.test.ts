import { afterEach, describe, expect, it, vi } from "vitest";
import { forgetEnvForTests } from "@/lib/env";
import { isKnownDeviceFor, knownDeviceValue } from "./known-device";

afterEach(() => {
  vi.unstubAllEnvs();
  forgetEnvForTests();
});

describe("the known-device cookie", () => {
  const now = new Date("2026-12-01T10:00:00Z");
  const day = 24 * 3600_000;

  it("is good for the address it was made for, whatever its case, for 180 days", () => {
    const value = knownDeviceValue("Tomasz.Nowak@example.com", now);
    expect(isKnownDeviceFor(value, "tomasz.nowak@example.com", now)).toBe(true);
    expect(isKnownDeviceFor(value, "tomasz.nowak@example.com", new Date(now.getTime() + 179 * day))).toBe(true);
    expect(isKnownDeviceFor(value, "tomasz.nowak@example.com", new Date(now.getTime() + 181 * day))).toBe(false);
    expect(isKnownDeviceFor(value, "someone.else@example.com", now)).toBe(false);
    expect(value).not.toContain("tomasz");
  });

  it("cannot be forged, stretched or carried to another secret", () => {
    const value = knownDeviceValue("tomasz.nowak@example.com", now);
    const [expires, tag, mac] = value.split(".");
    expect(isKnownDeviceFor(`${Number(expires) + day}.${tag}.${mac}`, "tomasz.nowak@example.com", now)).toBe(false);
    for (const bad of [undefined, "", "garbage", `${expires}.${tag}`, `${value}.x`, `${expires}.${tag}.${"0".repeat(64)}`]) {
      expect(isKnownDeviceFor(bad, "tomasz.nowak@example.com", now), String(bad)).toBe(false);
    }
    vi.stubEnv("TOKEN_HASH_SECRET", "another-token-hash-secret-of-at-least-32-chars");
    forgetEnvForTests();
    expect(isKnownDeviceFor(value, "tomasz.nowak@example.com", now)).toBe(false);
  });
});
