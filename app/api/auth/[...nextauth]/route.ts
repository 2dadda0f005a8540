import NextAuth from "next-auth";
import { authOptions } from "@/lib/identity/auth";

// Built per request so the environment is read at run time, not at build time.
function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };
