// next-auth's callback with a callbackUrl that is not a URL: the sign-in problem page, not
// next-auth's "server configuration" 500.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import SignInProblemPage from "@/app/(identity)/sign-in/problem/page";
import { hasBadCallbackUrl } from "@/lib/identity/auth-callback-url";
import { completeSignInUrl } from "@/lib/identity/sign-in";
import { GET, POST } from "./route";

const context = { params: Promise.resolve({ nextauth: ["callback", "email"] }) };
const callback = (query: string, cookie?: string) =>
  new Request(`http://localhost:3000/api/auth/callback/email?${query}`, { headers: cookie ? { cookie } : {} });

describe("/api/auth/… with a callbackUrl that is not a URL", () => {
  it.each(["not a url", "::", "javascript:alert(1)", "http//x", "%", "mailto:a@example.com"])(
    "callbackUrl=%j goes to the sign-in problem page",
    async (bad) => {
      const response = await GET(callback(`token=abc&email=a%40example.com&callbackUrl=${encodeURIComponent(bad)}`), context);
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toBe("/sign-in/problem?error=CallbackUrl");
    },
  );

  it("a bad callback-url cookie is cleared, or every later sign-in in that browser would fail", async () => {
    const response = await POST(callback("token=abc", "next-auth.callback-url=nonsense"), context);
    expect(response.status).toBe(303);
    const cleared = response.headers.getSetCookie();
    expect(cleared).toContain("next-auth.callback-url=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
    expect(cleared).toContain("__Secure-next-auth.callback-url=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax; Secure");
  });

  it("the links the service makes, and URLs next-auth accepts, are left to next-auth", () => {
    const ours = new URL(completeSignInUrl("a@example.com", "x".repeat(43), "/qualifications?x=1"), "http://localhost:3000");
    expect(hasBadCallbackUrl(new Request(ours))).toBe(false);
    for (const good of ["/", "/account/name", "http://localhost:3000/qualifications", "https://evil.example/"]) {
      expect(hasBadCallbackUrl(callback(`callbackUrl=${encodeURIComponent(good)}`, `next-auth.callback-url=${encodeURIComponent(good)}`)), good).toBe(false);
    }
    expect(hasBadCallbackUrl(callback("callbackUrl="))).toBe(false);
  });

  it("the problem page says what to do", async () => {
    const html = renderToStaticMarkup(await SignInProblemPage({ searchParams: Promise.resolve({ error: "CallbackUrl" }) }));
    expect(html).toContain("There is a problem with this sign-in link");
    expect(html).toContain("Check you copied the whole link from the email, or sign in again to get a new link.");
    expect(html).toContain('href="/sign-in"');
  });
});
