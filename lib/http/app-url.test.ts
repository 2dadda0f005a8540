// Where links in emails and sign-in redirects point: APP_URL, or (outside production, APP_URL
// unset) the address the request came to.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { forgetEnvForTests } from "@/lib/env";
import { nextHeadersMock, request } from "@/test/next-request";
import { appUrl, configuredAppUrl, LOCAL_APP_URL, secureCookies } from "./app-url";

vi.mock("next/headers", async () => (await import("@/test/next-request")).nextHeadersMock);

function withAppUrl(value: string) {
  vi.stubEnv("APP_URL", value);
  forgetEnvForTests();
}

beforeEach(() => request.reset());
afterEach(() => {
  vi.unstubAllEnvs();
  forgetEnvForTests();
});

describe("appUrl", () => {
  it("is APP_URL when it is set, whatever the request says", async () => {
    withAppUrl("https://aytq.example.com");
    request.reset({ headers: { host: "localhost:3999" } });
    expect(await appUrl()).toBe("https://aytq.example.com");
    expect(configuredAppUrl()).toBe("https://aytq.example.com");
    expect(secureCookies()).toBe(true);
  });

  it("without APP_URL, is the address the request came to: another port works", async () => {
    withAppUrl("");
    request.reset({ headers: { host: "localhost:3999", "x-forwarded-host": "localhost:3999", "x-forwarded-proto": "http" } });
    expect(await appUrl()).toBe("http://localhost:3999");
    expect(secureCookies()).toBe(false);
  });

  it("follows a proxy's forwarded host and protocol", async () => {
    withAppUrl("");
    request.reset({ headers: { host: "10.0.0.5:3000", "x-forwarded-host": "preview-42.example.net", "x-forwarded-proto": "https" } });
    expect(await appUrl()).toBe("https://preview-42.example.net");
  });

  it("ignores a host that is not a host name (it would end up in links)", async () => {
    withAppUrl("");
    request.reset({ headers: { host: "evil.example/path?x=<script>" } });
    expect(await appUrl()).toBe(LOCAL_APP_URL);
  });

  it("outside a request (the seed, a CLI) is the local default", async () => {
    withAppUrl("");
    nextHeadersMock.headers.mockRejectedValueOnce(new Error("`headers` was called outside a request scope."));
    expect(await appUrl()).toBe(LOCAL_APP_URL);
    expect(configuredAppUrl()).toBe(LOCAL_APP_URL);
  });
});
