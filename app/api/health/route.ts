import { databaseAnswers } from "@/lib/db/health";

export const dynamic = "force-dynamic";

/** For load balancers and uptime checks: ok only when the database answers. */
export async function GET() {
  const ok = await databaseAnswers();
  return Response.json({ status: ok ? "ok" : "unavailable" }, { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
