import { json, jsonError } from "@/lib/api/json";
import { createTestSession, testSessionsEnabled } from "@/lib/identity/test-sessions";

/** Journey tests only (APP_ENV=test): POST {email} → the session cookie to use. */
export async function POST(request: Request) {
  if (!testSessionsEnabled()) return new Response("Not found", { status: 404 });
  const body = (await request.json().catch(() => null)) as { email?: unknown } | null;
  if (typeof body?.email !== "string") return jsonError(400, [{ field: "email", message: 'Send {"email": "…"}' }]);
  const cookie = await createTestSession(body.email);
  if (!cookie) return jsonError(404, [{ field: "email", message: "No account has this email" }]);
  return json(201, cookie);
}
