import { json, jsonError } from "@/lib/api/json";
import { certificateTestFixturesEnabled, issueCertificateForTests } from "@/lib/certificates/testing";

/** Journey tests only (APP_ENV=test): POST {trn, type, npqId?} → {reference} of that certificate, issued now if need be. */
export async function POST(request: Request) {
  if (!certificateTestFixturesEnabled()) return new Response("Not found", { status: 404 });
  const body = (await request.json().catch(() => null)) as { trn?: unknown; type?: unknown; npqId?: unknown } | null;
  if (typeof body?.trn !== "string" || typeof body.type !== "string") {
    return jsonError(400, [{ field: "trn", message: 'Send {"trn": "…", "type": "qts"}' }]);
  }
  const reference = await issueCertificateForTests(body.trn, body.type, typeof body.npqId === "string" ? body.npqId : undefined);
  if (!reference) return jsonError(404, [{ field: "type", message: "No such certificate for that record" }]);
  return json(201, { reference });
}
