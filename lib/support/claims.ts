// Two agents, one queue: an agent claims a waiting request by opening it, so that others see
// "Being looked at by …" and pick another. A claim is a row (change_request_claims), so every
// instance of the app sees it; it lapses CLAIM_MINUTES after it was last renewed (opening the
// request again renews it), goes with the decision (lib/support/change-request-decisions.ts), and can
// be released, or taken over deliberately by another agent.
import "server-only";
import { db } from "@/lib/db";
import { runQuery, runStatement } from "@/lib/db/query";
import { claimOnOpeningQuery, takeOverStatement } from "./queries";

export const CLAIM_MINUTES = 30;

/** Claims made before this moment have lapsed. */
export const claimCutoff = (now: Date) => new Date(now.getTime() - CLAIM_MINUTES * 60_000);

export interface Claimant {
  id: string;
  firstName: string;
  lastName: string;
}

export type ClaimOnOpening = { status: "yours"; since: Date } | { status: "theirs"; by: Claimant; since: Date } | { status: "not-waiting" };

/**
 * On opening a waiting request: claims it for this agent when nobody holds it, the claim has
 * lapsed, or it is already theirs (renewed). Another agent's live claim is left alone and
 * reported. One statement, so two agents opening it together cannot both claim it.
 */
export async function claimOnOpening(requestId: string, staff: { id: string }, now = new Date()): Promise<ClaimOnOpening> {
  const prisma = await db();
  const claimed = await runQuery(prisma, claimOnOpeningQuery(requestId, staff.id, now, claimCutoff(now)));
  if (claimed.length > 0) return { status: "yours", since: now };
  const held = await prisma.changeRequestClaim.findUnique({
    where: { changeRequestId: requestId },
    include: { claimedBy: { select: { id: true, firstName: true, lastName: true } }, request: { select: { status: true } } },
  });
  if (!held || held.request.status !== "PENDING") return { status: "not-waiting" };
  return { status: "theirs", by: held.claimedBy, since: held.claimedAt };
}

/** "Take over": the request is this agent's now, whoever held it. False when it is no longer waiting. */
export async function takeOver(reference: string, staff: { id: string }, now = new Date()): Promise<boolean> {
  const prisma = await db();
  const taken = await runStatement(prisma, takeOverStatement(reference, staff.id, now));
  return taken > 0;
}

/** "Release": back in the queue for anyone. Only this agent's own claim. */
export async function release(reference: string, staff: { id: string }): Promise<void> {
  await (await db()).changeRequestClaim.deleteMany({ where: { claimedById: staff.id, request: { reference } } });
}

/** A claim that has not lapsed, or null. */
export function liveClaim<C extends { claimedAt: Date }>(claim: C | null, now = new Date()): C | null {
  return claim && claim.claimedAt > claimCutoff(now) ? claim : null;
}
