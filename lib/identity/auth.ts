// next-auth 4 configuration: the email provider for the link's callback, database sessions.
// Sign-in links and codes are issued by lib/identity/sign-in.ts (with rate limits and the
// no-enumeration rules), so next-auth's own "send me a link" endpoint is switched off.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import { env } from "@/lib/env";
import { secureCookies } from "@/lib/http/app-url";
import { authAdapter } from "./auth-adapter";
import { rememberDevice } from "./known-device";
import { generateToken } from "./tokens";
import { safeReturnTo } from "./return-to";

export const SIGN_IN_TOKEN_MINUTES = 15;

let options: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  if (options) return options;
  const { APP_URL, NEXTAUTH_SECRET, SESSION_MAX_HOURS } = env();
  // next-auth's own address: APP_URL, or (outside production, where APP_URL may be unset) the
  // host each request came to (next-auth/utils/detect-origin.js reads AUTH_TRUST_HOST).
  if (APP_URL) process.env.NEXTAUTH_URL ??= APP_URL;
  else process.env.AUTH_TRUST_HOST ??= "true";
  options = {
    secret: NEXTAUTH_SECRET,
    adapter: authAdapter(),
    useSecureCookies: secureCookies(),
    providers: [
      EmailProvider({
        // Never used to send: links come from lib/identity/sign-in.ts.
        server: "smtp://127.0.0.1:1",
        from: env().EMAIL_FROM,
        maxAge: SIGN_IN_TOKEN_MINUTES * 60,
        async sendVerificationRequest() {
          throw new Error("Sign-in links are sent by lib/identity/sign-in.ts");
        },
      }),
    ],
    session: {
      strategy: "database",
      maxAge: SESSION_MAX_HOURS * 3600,
      // Idleness is enforced by the adapter; next-auth never extends the absolute end.
      updateAge: SESSION_MAX_HOURS * 3600,
      generateSessionToken: generateToken,
    },
    pages: { signIn: "/sign-in", error: "/sign-in/problem", verifyRequest: "/sign-in/check-email" },
    callbacks: {
      async signIn({ user, email }) {
        // next-auth's own POST /api/auth/signin/email would skip our rate limits: refuse it.
        if (email?.verificationRequest) return false;
        // Only existing accounts can complete sign-in (an unknown email has no id of ours).
        return Boolean(user && "emailVerified" in user);
      },
      // baseUrl: NEXTAUTH_URL's origin, or the request's (above), so the redirect stays on the
      // address the browser is using.
      async redirect({ url, baseUrl }) {
        const target = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
        return new URL(safeReturnTo(target), baseUrl).toString();
      },
    },
    events: {
      // This browser may ask for sign-in emails to this address past the per-address limit.
      async signIn({ user }) {
        if (user.email) await rememberDevice(user.email).catch(() => {});
      },
    },
    logger: {
      // next-auth's messages can include emails: keep only the code.
      error: (code) => console.error(`next-auth error: ${code}`),
      warn: (code) => console.warn(`next-auth warning: ${code}`),
      debug: () => {},
    },
  };
  return options;
}
