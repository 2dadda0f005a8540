// A stand-in for the Next.js request that server actions and pages read through next/headers,
// for database tests that call actions directly (app/actions.test.ts). Use with
//   vi.mock("next/headers", async () => (await import("@/test/next-request")).nextHeadersMock);
// then set the request with `request.reset({ … })` before each call. Only Next's edge is faked:
// the actions run against the test's real database.
import { vi } from "vitest";

interface RequestShape {
  headers?: Record<string, string>;
  cookies?: Record<string, string>;
}

class CookieJar {
  readonly values = new Map<string, string>();
  get(name: string) {
    const value = this.values.get(name);
    return value === undefined ? undefined : { name, value };
  }
  getAll() {
    return [...this.values].map(([name, value]) => ({ name, value }));
  }
  has(name: string) {
    return this.values.has(name);
  }
  set(name: string | { name: string; value: string }, value?: string) {
    if (typeof name === "object") this.values.set(name.name, name.value);
    else this.values.set(name, value ?? "");
    return this;
  }
  delete(name: string | { name: string }) {
    this.values.delete(typeof name === "object" ? name.name : name);
    return this;
  }
}

export const request = {
  headers: new Headers(),
  cookies: new CookieJar(),
  reset({ headers = {}, cookies = {} }: RequestShape = {}) {
    this.headers = new Headers(headers);
    this.cookies = new CookieJar();
    for (const [name, value] of Object.entries(cookies)) this.cookies.set(name, value);
  },
};

export const nextHeadersMock = {
  headers: vi.fn(async () => request.headers),
  cookies: vi.fn(async () => request.cookies),
};

/** What a Next.js control-flow error (redirect(), notFound()) means, or null for anything else. */
export function nextControlFlow(error: unknown): { redirect: string } | { status: number } | null {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest !== "string") return null;
  if (digest.startsWith("NEXT_REDIRECT;")) return { redirect: digest.split(";")[2]! };
  const fallback = /^NEXT_HTTP_ERROR_FALLBACK;(\d+)$/.exec(digest);
  return fallback ? { status: Number(fallback[1]) } : null;
}
