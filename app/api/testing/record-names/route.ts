import { json, jsonError } from "@/lib/api/json";
import { certificateTestFixturesEnabled, changeDqtNameForTests } from "@/lib/certificates/testing";

/** Journey tests only (APP_ENV=test): POST {trn, firstName, middleName?, lastName} → {superseded} references. */
export async function POST(request: Request) {
  if (!certificateTestFixturesEnabled()) return new Response("Not found", { status: 404 });
  const body = (await request.json().catch(() => null)) as Record<string, unknown> | null;
  const { trn, firstName, middleName = null, lastName } = body ?? {};
  if (typeof trn !== "string" || typeof firstName !== "string" || typeof lastName !== "string" || (middleName !== null && typeof middleName !== "string")) {
    return jsonError(400, [{ field: "trn", message: 'Send {"trn": "…", "firstName": "…", "lastName": "…"}' }]);
  }
  const superseded = await changeDqtNameForTests(trn, { firstName, middleName, lastName });
  if (!superseded) return jsonError(404, [{ field: "trn", message: "No record has this TRN" }]);
  return json(200, { superseded });
}
