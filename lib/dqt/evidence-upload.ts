// A document posted for a change request draft: read with a cap whatever size was sent, checked
// (lib/dqt/evidence.ts), counted against the account's uploads, and attached to the draft.
// A plain form post to a route handler rather than a server action: Next.js answers a server
// action over its body limit with a 500, where this answers every size with a problem to show
// beside the field, with JavaScript on or off.
import "server-only";
import { readBodyBytes } from "@/lib/http/body";
import { hitRateLimit, RATE_LIMITS } from "@/lib/rate-limit";
import { saveDraftEvidence, type ChangeRequestKind, type Requester } from "./change-requests";
import { checkEvidence, evidenceShapeProblem, MAX_UPLOAD_BODY_BYTES, type EvidenceProblem } from "./evidence";

export type UploadOutcome = { status: "saved" } | { status: "no-draft" } | { status: "refused"; problem: EvidenceProblem };

const refused = (problem: EvidenceProblem): UploadOutcome => ({ status: "refused", problem });

export async function receiveEvidence(requester: Pick<Requester, "id">, kind: ChangeRequestKind, request: Request): Promise<UploadOutcome> {
  const body = await readBodyBytes(request, MAX_UPLOAD_BODY_BYTES);
  if (!body.ok) return refused(body.problem === "too-large" ? "too-big" : "unreadable");
  const contentType = request.headers.get("content-type") ?? "";
  const form = await new Response(new Uint8Array(body.bytes), { headers: { "Content-Type": contentType } }).formData().catch(() => null);
  if (!form) return refused("unreadable");
  const file = form.get("evidence");
  const shape = evidenceShapeProblem(file);
  if (shape) return refused(shape);
  // Counted once there is a file to look at: that is the work the limit bounds.
  if (!(await hitRateLimit(RATE_LIMITS.evidenceUploadPerAccount, `account:${requester.id}`)).allowed) return refused("too-many");
  const checked = await checkEvidence(file);
  if (!checked.ok) return refused(checked.problem);
  return (await saveDraftEvidence(requester, kind, checked.evidence)) ? { status: "saved" } : { status: "no-draft" };
}
