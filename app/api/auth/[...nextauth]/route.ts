import NextAuth from "next-auth";
import { authOptions } from "@/lib/identity/auth";
import { refuseBadCallbackUrl } from "@/lib/identity/auth-callback-url";

// Built per request so the environment is read at run time, not at build time.
function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  // A callbackUrl that is not a URL would be next-auth's "server configuration" 500.
  return refuseBadCallbackUrl(request) ?? NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };
