import { json, jsonError, readApiRequest } from "@/lib/api/json";
import { issueTrnToken } from "@/lib/api/qts-awards";
import { trnTokenSchema } from "@/lib/validation/api";

/** A fresh invitation link for a TRN, for services that send their own emails. */
export async function POST(request: Request) {
  const parsed = await readApiRequest(request, "trn-tokens:write", trnTokenSchema);
  if (!parsed.ok) return parsed.response;
  const issued = await issueTrnToken(parsed.data, parsed.keyName);
  if (!issued) return jsonError(404, [{ field: "trn", message: "No teaching record has this TRN" }]);
  return json(201, { trn: issued.trn, link: issued.link, expiresAt: issued.expiresAt });
}
