import { json, readApiRequest } from "@/lib/api/json";
import { recordQtsAward } from "@/lib/api/qts-awards";
import { deliverAfterResponse } from "@/lib/email/sender";
import { qtsAwardSchema } from "@/lib/validation/api";

/** Register/Apply for QTS tells us QTS was awarded (docs/architecture/intake-api.md). */
export async function POST(request: Request) {
  const parsed = await readApiRequest(request, "qts-awards:write", qtsAwardSchema);
  if (!parsed.ok) return parsed.response;
  const outcome = await recordQtsAward(parsed.data, parsed.keyName);
  await deliverAfterResponse();
  if (outcome.kind === "already-recorded") return json(200, { trn: outcome.trn, invitationExpiresAt: outcome.invitationExpiresAt });
  return json(201, { trn: outcome.trn, invitationExpiresAt: outcome.kind === "invited" ? outcome.invitationExpiresAt : null });
}
