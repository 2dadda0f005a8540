// The support console's forms.
import { z } from "zod";
import { API_SCOPES } from "./api";
import { email, hasNoControlCharacters, name } from "./primitives";
import { isTrn } from "./trn";

const reference = z.string().regex(/^CR-[0-9A-Z]{6}$/, "This request is not known");
const uuid = z.string().uuid("This is not known");

export const decideSchema = z.object({ reference });

/** The reasons staff pick from (lib/support/change-request-decisions.ts words each for the teacher), and their own. */
export const REJECTION_REASON_KEYS = ["does-not-show-change", "wrong-document", "unreadable"] as const;
export type RejectionReasonKey = (typeof REJECTION_REASON_KEYS)[number];

export const rejectSchema = z
  .object({
    reference,
    reason: z.enum([...REJECTION_REASON_KEYS, "other"], { error: "Select why you are rejecting the request" }),
    // Read only for "other": whatever else is posted with another reason is ignored.
    details: z.string().catch(""),
  })
  .superRefine((value, ctx) => {
    if (value.reason !== "other") return;
    const details = value.details.trim();
    const problem = !details
      ? "Enter the reason the teacher will be sent"
      : details.length > 1000
        ? "The reason must be 1,000 characters or fewer"
        : !hasNoControlCharacters(details)
          ? "The reason must only include letters, numbers, spaces and punctuation"
          : null;
    if (problem) ctx.addIssue({ code: "custom", path: ["details"], message: problem });
  });

export const manageInvitationSchema = z
  .object({
    intent: z.enum(["resend", "revoke", "invite"], { error: "Choose what to do with the invitation" }),
    invitationId: uuid.optional(),
    trn: z.string().refine(isTrn, "This is not a TRN").optional(),
    from: z.enum(["teacher", "invitations"]).catch("invitations"),
    filter: z.enum(["pending", "expired"]).catch("pending"),
  })
  .refine((value) => (value.intent === "invite" ? !!value.trn : !!value.invitationId), { message: "This invitation is not known", path: ["intent"] });

const role = z.enum(["SUPPORT", "ADMIN"], { error: "Select a role" });
export const addStaffSchema = z.object({
  firstName: name("first name").pipe(z.string()),
  lastName: name("last name").pipe(z.string()),
  email: email,
  role,
});
export const staffRoleSchema = z.object({ accountId: uuid, role });
export const removeStaffSchema = z.object({ accountId: uuid });

export const newApiKeySchema = z.object({
  name: z
    .string({ error: "Enter a name for the key" })
    .trim()
    .min(1, "Enter a name for the key, such as the service that will use it")
    .max(100, "The name must be 100 characters or fewer")
    .refine(hasNoControlCharacters, "The name must only include letters, numbers, spaces and punctuation"),
  scopes: z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.enum(API_SCOPES)).min(1, "Select what the key may do"),
  ),
});
export const revokeApiKeySchema = z.object({ id: uuid });
