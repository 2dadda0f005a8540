// The pending-sign-in cookie is signed and expires: a forged, altered or old one is ignored.
import { describe, expect, it } from "vitest";
import { parsePendingSignInCookie, pendingSignInCookieValue } from "./pending-sign-in";
import { generateToken } from "./tokens";

const pending = { email: "teacher@example.com", returnTo: "/qualifications", requester: generateToken() };

describe("the pending sign-in cookie", () => {
  it("reads back what was written, while it lasts (15 minutes)", () => {
    const now = new Date();
    const value = pendingSignInCookieValue(pending, now);
    expect(parsePendingSignInCookie(value, now)).toEqual(pending);
    expect(parsePendingSignInCookie(value, new Date(now.getTime() + 15 * 60_000 - 1))).toEqual(pending);
    expect(parsePendingSignInCookie(value, new Date(now.getTime() + 15 * 60_000))).toBeNull();
  });

  it("ignores an unsigned cookie of the old form, an altered one, and one signed by no one", () => {
    const value = pendingSignInCookieValue(pending);
    const [payload, mac] = value.split(".");
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, "base64url").toString()), email: "victim@example.com" })).toString(
      "base64url",
    );
    expect(parsePendingSignInCookie(`${forged}.${mac}`)).toBeNull();
    expect(parsePendingSignInCookie(JSON.stringify({ email: "victim@example.com", returnTo: "/" }))).toBeNull();
    expect(parsePendingSignInCookie(`${payload}.${"0".repeat(64)}`)).toBeNull();
    expect(parsePendingSignInCookie(`${payload}.zz`)).toBeNull();
    expect(parsePendingSignInCookie(undefined)).toBeNull();
    expect(parsePendingSignInCookie(`${value}.extra`)).toBeNull();
  });

  it("keeps the return path safe", () => {
    const value = pendingSignInCookieValue({ ...pending, returnTo: "https://evil.example/" });
    expect(parsePendingSignInCookie(value)?.returnTo).not.toContain("evil");
  });
});
