// next-auth's address and redirects: with APP_URL unset (outside production) it trusts the
// request's host, and every redirect after sign-in stays on the address the browser is using.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { forgetEnvForTests } from "@/lib/env";
import { authOptions } from "./auth";

beforeAll(() => {
  vi.stubEnv("APP_URL", "");
  vi.stubEnv("NEXTAUTH_URL", "");
  delete process.env.NEXTAUTH_URL;
  delete process.env.AUTH_TRUST_HOST;
  forgetEnvForTests();
});
afterAll(() => {
  vi.unstubAllEnvs();
  delete process.env.AUTH_TRUST_HOST;
  forgetEnvForTests();
});

describe("authOptions without APP_URL", () => {
  it("leaves NEXTAUTH_URL unset and trusts the request's host instead", () => {
    const options = authOptions();
    expect(process.env.NEXTAUTH_URL).toBeUndefined();
    expect(process.env.AUTH_TRUST_HOST).toBe("true");
    expect(options.useSecureCookies).toBe(false);
  });

  it("redirects on the request's own origin (next-auth's baseUrl), to paths on this site only", async () => {
    const redirect = authOptions().callbacks!.redirect!;
    const baseUrl = "http://localhost:3999";
    expect(await redirect({ url: "/create-account/done", baseUrl })).toBe("http://localhost:3999/create-account/done");
    expect(await redirect({ url: "http://localhost:3999/qualifications?x=1", baseUrl })).toBe("http://localhost:3999/qualifications?x=1");
    expect(await redirect({ url: "http://localhost:3000/qualifications", baseUrl })).toBe("http://localhost:3999/qualifications");
    expect(await redirect({ url: "https://evil.example/steal", baseUrl })).toBe("http://localhost:3999/qualifications");
  });
});
