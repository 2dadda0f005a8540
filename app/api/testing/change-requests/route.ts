import { json, jsonError } from "@/lib/api/json";
import { db } from "@/lib/db";
import { testSessionsEnabled } from "@/lib/identity/test-sessions";
import { COPY_TRN_PREFIX } from "@/lib/research/persona-copies";
import { isTrn } from "@/lib/validation/trn";

/**
 * Journey tests only (APP_ENV=test): POST {"trn": "39…", "sentAt": "2026-08-27T10:00:00Z"} → the
 * waiting request of a persona's copy (never a seeded record) as if sent then, so that the queue's
 * due dates and overdue tags can be walked. Answers {reference}.
 */
export async function POST(request: Request) {
  if (!testSessionsEnabled()) return new Response("Not found", { status: 404 });
  const body = (await request.json().catch(() => null)) as { trn?: unknown; sentAt?: unknown } | null;
  const trn = typeof body?.trn === "string" && isTrn(body.trn) && body.trn.startsWith(COPY_TRN_PREFIX) ? body.trn : null;
  if (!trn) return jsonError(400, [{ field: "trn", message: "Send the TRN of a persona’s copy (39xxxxx)" }]);
  const sentAt = typeof body?.sentAt === "string" ? new Date(body.sentAt) : null;
  if (!sentAt || Number.isNaN(sentAt.getTime()) || sentAt > new Date())
    return jsonError(400, [{ field: "sentAt", message: "Send a moment in the past, in ISO 8601" }]);
  const prisma = await db();
  const waiting = await prisma.changeRequest.findFirst({ where: { trn, status: "PENDING" }, select: { id: true, reference: true } });
  if (!waiting) return jsonError(404, [{ field: "trn", message: "That record has no waiting request" }]);
  await prisma.changeRequest.update({ where: { id: waiting.id }, data: { submittedAt: sentAt, createdAt: sentAt } });
  return json(201, { reference: waiting.reference });
}
