"use server";
// The support console's actions: support staff decide change requests and manage invitations;
// admins also manage staff and API keys. Each acts as the signed-in member of staff, who must
// have the role (lib/forms/action.ts), and is audited by the lib function it calls.
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { acceptChangeRequest, decisionOf, rejectChangeRequest, rejectionText, type DecisionResult } from "@/lib/support/change-request-decisions";
import { deliverAfterResponse } from "@/lib/email/sender";
import { formAction, invalid } from "@/lib/forms/action";
import { actor } from "@/lib/audit";
import { createApiKey, revokeApiKey } from "@/lib/identity/api-keys";
import { formatDateTime, formatTime } from "@/lib/format/dates";
import { inviteTeacher, resendInvitation, revokeInvitation } from "@/lib/support/invitations";
import { release, takeOver } from "@/lib/support/claims";
import { SUPPORT_PAGES } from "@/lib/support/pages";
import { nextRequestReference } from "@/lib/support/queue";
import { addStaff, changeStaffRole, removeStaff } from "@/lib/support/staff";
import {
  addStaffSchema,
  decideSchema,
  manageInvitationSchema,
  newApiKeySchema,
  rejectSchema,
  removeStaffSchema,
  revokeApiKeySchema,
  staffRoleSchema,
} from "@/lib/validation/support";

const OUTCOME_WORDS: Record<string, string> = { ACCEPTED: "accepted", REJECTED: "rejected", WITHDRAWN: "withdrawn" };

/** Decided: on to the next request due that nobody else is looking at (the queue when there is none), its banner naming this one. */
async function afterDecision(result: DecisionResult, values: Record<string, string | string[]>, staff: { id: string }) {
  if (result.status === "accepted" || result.status === "rejected") {
    await deliverAfterResponse();
    const next = await nextRequestReference(staff.id);
    const decided = new URLSearchParams({ decided: result.request.reference });
    return redirect(`${next ? SUPPORT_PAGES.changeRequest(next) : SUPPORT_PAGES.changeRequests}?${decided}`);
  }
  if (result.status === "not-found") return invalid(values, { field: "decision", message: "This request no longer exists" });
  if (result.status === "claimed") {
    // With JavaScript on too, the page is drawn again: the claim and "Take over" in place of the decision.
    refresh();
    return invalid(values, {
      field: "decision",
      message: `Being looked at by ${result.by} since ${formatTime(result.since)}. Take over the request to decide it`,
    });
  }
  const by = result.by ? ` by ${result.by}` : "";
  const at = result.at ? ` on ${formatDateTime(result.at)}` : "";
  return invalid(values, { field: "decision", message: `This request was already ${OUTCOME_WORDS[result.outcome] ?? "decided"}${by}${at}` });
}

/**
 * On a request: "Accept and change the record" (from its confirmation page), "Reject" with a
 * reason the teacher is sent; "Release" it to the queue, or "Take over" another agent's claim
 * (back to the page it was taken over on). A decision while another agent's claim is live is
 * refused, naming them.
 */
export const decideRequest = formAction({
  access: "support",
  schema: (values) => (values.intent === "reject" ? rejectSchema : decideSchema),
  async run(data, { account, values }) {
    const input = data as z.output<typeof rejectSchema> | z.output<typeof decideSchema>;
    if (values.intent === "release") {
      await release(input.reference, account);
      redirect(SUPPORT_PAGES.changeRequests);
    }
    if (values.intent === "take-over") {
      if (!(await takeOver(input.reference, account))) return afterDecision(await decisionOf(input.reference), values, account);
      redirect(values.then === "accept" ? SUPPORT_PAGES.acceptRequest(input.reference) : SUPPORT_PAGES.changeRequest(input.reference));
    }
    if (!("reason" in input) && values.intent !== "accept")
      return invalid(values, { field: "decision", message: "Choose whether to accept or reject the request" });
    const result =
      "reason" in input
        ? await rejectChangeRequest(account, input.reference, rejectionText(input.reason, input.details))
        : await acceptChangeRequest(account, input.reference);
    return afterDecision(result, values, account);
  },
});

/**
 * The invitation buttons, on a teacher's page and the invitations list: "Send a new link" (the
 * old one stops working), "Revoke", and "Invite this teacher". One action, so a page with many
 * such buttons has one state, one error summary and one <title>.
 */
export const manageInvitation = formAction({
  access: "support",
  schema: manageInvitationSchema,
  async run(input, { account, values }) {
    const result =
      input.intent === "invite"
        ? await inviteTeacher(account, input.trn ?? "")
        : input.intent === "resend"
          ? await resendInvitation(account, input.invitationId ?? "")
          : await revokeInvitation(account, input.invitationId ?? "");
    if (result.status === "not-possible") {
      const field = input.intent === "invite" ? "invite" : `invitation-${input.invitationId}`;
      return invalid(values, { field, message: result.why });
    }
    if (input.intent !== "revoke") await deliverAfterResponse();
    const done = { invite: "invited", resend: "resent", revoke: "revoked" }[input.intent];
    redirect(input.from === "teacher" ? `${SUPPORT_PAGES.teacher(result.trn)}?done=${done}` : `${SUPPORT_PAGES.invitations(input.filter)}&done=${done}`);
  },
});

// ─── Admins only ───

export const addStaffMember = formAction({
  access: "admin",
  schema: addStaffSchema,
  async run(input, { account, values }) {
    const result = await addStaff(account, input);
    if (result.status === "refused") return invalid(values, { field: result.field, message: result.message });
    redirect(`${SUPPORT_PAGES.staff}?done=added`);
  },
});

/** On a member of staff's page: "Save role", or "Remove member of staff". */
export const manageStaffMember = formAction({
  access: "admin",
  schema: (values) => (values.intent === "remove" ? removeStaffSchema : staffRoleSchema),
  async run(data, { account, values }) {
    const input = data as z.output<typeof staffRoleSchema> | z.output<typeof removeStaffSchema>;
    const result = "role" in input ? await changeStaffRole(account, input.accountId, input.role) : await removeStaff(account, input.accountId);
    if (result.status === "refused") return invalid(values, { field: "role" in input ? "role" : "remove", message: result.message });
    redirect(`${SUPPORT_PAGES.staff}?done=${"role" in input ? "changed" : "removed"}`);
  },
});

/** The key is in the answer once, to copy now: only its hash is kept. */
export const createKey = formAction({
  access: "admin",
  schema: newApiKeySchema,
  async run({ name, scopes }, { account }) {
    const { key } = await createApiKey({ name, scopes, actor: actor.account(account.id) });
    return { errors: [], values: { name }, shown: { key } };
  },
});

export const revokeKey = formAction({
  access: "admin",
  schema: revokeApiKeySchema,
  async run({ id }, { account }) {
    await revokeApiKey(id, actor.account(account.id));
    redirect(`${SUPPORT_PAGES.apiKeys}?done=revoked`);
  },
});
