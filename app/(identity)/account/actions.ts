"use server";
// The teacher's own DfE Identity account (/account): direct changes to the account, and
// requests to change the name or date of birth on their teaching record. Every action is for
// a signed-in account and acts only on that account and its own record.
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { kindFromSlug, SAME_AS_RECORD, saveDraftValue, submitDraft, withdrawRequest, type Requester, type RequestedValue } from "@/lib/dqt/change-requests";
import { deliverAfterResponse } from "@/lib/email/sender";
import { formAction, invalid } from "@/lib/forms/action";
import { emailCodeSchema, emailCodeStep } from "@/lib/forms/email-code";
import type { DatePart } from "@/lib/forms/state";
import type { IdentityAccount } from "@/lib/db";
import { hitRateLimit, RATE_LIMITS } from "@/lib/rate-limit";
import { applyNewEmail, changeAccountDetails, EmailTakenError, type ChangeResult } from "@/lib/identity/account-details";
import { cancelEmailCode, pendingEmail, sendEmailCode } from "@/lib/identity/email-verification";
import { ACCOUNT_PAGES, changedBanner, type ChangedField } from "@/lib/identity/account-pages";
import {
  accountDateOfBirthSchema,
  accountMobileSchema,
  accountNameSchema,
  EMAIL_IN_USE_ON_ANOTHER_ACCOUNT,
  TOO_MANY_EMAIL_CHANGES,
  newEmailSchema,
  recordDateOfBirthSchema,
  recordNameSchema,
} from "@/lib/validation/account";
import { TOO_MANY_CODES } from "@/lib/validation/registration";

const STALE = "Your account was changed since you opened this page. Check the details and try again";

/** Back to /account, saying what changed (nothing to say when nothing changed). */
function afterChange(result: ChangeResult, field: ChangedField, values: Record<string, unknown>, errorField: string) {
  if (result === "stale") return invalid(values as Record<string, string>, { field: errorField, message: STALE });
  redirect(result === "changed" ? changedBanner(field) : ACCOUNT_PAGES.account);
}

export const changeName = formAction({
  access: "account",
  page: ACCOUNT_PAGES.name,
  schema: accountNameSchema,
  async run({ version, firstName, middleName, lastName }, { account, values }) {
    const result = await changeAccountDetails(account.id, version, { field: "name", firstName, middleName: middleName ?? null, lastName });
    return afterChange(result, "name", values, "firstName");
  },
});

export const changeDateOfBirth = formAction({
  access: "account",
  page: ACCOUNT_PAGES.dateOfBirth,
  schema: accountDateOfBirthSchema,
  async run({ version, dateOfBirth }, { account, values }) {
    const result = await changeAccountDetails(account.id, version, { field: "dateOfBirth", dateOfBirth });
    return afterChange(result, "dateOfBirth", values, "dateOfBirth");
  },
});

export const changeMobile = formAction({
  access: "account",
  page: ACCOUNT_PAGES.mobile,
  schema: accountMobileSchema,
  async run({ version, mobile }, { account, values }) {
    const result = await changeAccountDetails(account.id, version, { field: "mobile", mobile });
    return afterChange(result, "mobile", values, "mobile");
  },
});

/**
 * The new address gets a code, whoever uses it: saying here that it has an account would tell
 * anyone signed in which addresses do. Only once the code is typed (so the inbox is theirs) is
 * a taken address refused. Nothing changes until then.
 */
export const startEmailChange = formAction({
  access: "account",
  page: ACCOUNT_PAGES.email,
  schema: newEmailSchema,
  async run({ email }, { account, values }) {
    if (email === account.email) {
      await cancelEmailCode({ accountId: account.id });
      redirect(ACCOUNT_PAGES.account);
    }
    if (!(await hitRateLimit(RATE_LIMITS.emailChangePerAccount, `account:${account.id}`)).allowed) {
      return invalid(values, { field: "email", message: TOO_MANY_EMAIL_CHANGES });
    }
    if (!(await sendEmailCode({ accountId: account.id }, email)).ok) return invalid(values, { field: "email", message: TOO_MANY_CODES });
    await deliverAfterResponse();
    redirect(ACCOUNT_PAGES.emailCode);
  },
});

/** "Continue" checks the code; "Send a new code" sends another to the same new address. */
export const confirmEmailChange = formAction({
  access: "account",
  page: ACCOUNT_PAGES.emailCode,
  async load({ account }) {
    const email = await pendingEmail({ accountId: account.id });
    if (!email) redirect(ACCOUNT_PAGES.email);
    return { email };
  },
  schema: emailCodeSchema,
  async run(data, { account, loaded, values }) {
    try {
      const step = await emailCodeStep(
        { accountId: account.id },
        loaded.email,
        data,
        values,
        async (tx, email) => void (await applyNewEmail(tx, account.id, email)),
      );
      if (step !== "confirmed") return step;
    } catch (error) {
      if (!(error instanceof EmailTakenError)) throw error;
      // The code is left waiting (it changed nothing): without JavaScript this page is drawn
      // again to show the message, and it needs an address waiting for its code to be drawn.
      return invalid(values, { field: "code", message: EMAIL_IN_USE_ON_ANOTHER_ACCOUNT });
    }
    await deliverAfterResponse();
    redirect(changedBanner("email"));
  },
});

// ─── Requests to change the teaching record ───

/** The signed-in teacher as the one asking, and the kind of change in the address. */
function requesterFor(account: IdentityAccount, formData: FormData) {
  const kind = kindFromSlug(String(formData.get("kind") ?? ""));
  if (!account.trn || !kind) notFound();
  const requester: Requester = { id: account.id, trn: account.trn, email: account.email, firstName: account.firstName };
  return { requester, kind };
}

export const saveRequestedValue = formAction({
  access: "account",
  load: async ({ account, formData }) => requesterFor(account, formData),
  schema: (_values, { kind }) => (kind === "NAME" ? recordNameSchema : recordDateOfBirthSchema),
  async run(data, { loaded: { requester, kind }, values }) {
    const value: RequestedValue =
      "dateOfBirth" in data
        ? { kind: "DATE_OF_BIRTH", dateOfBirth: data.dateOfBirth }
        : { kind: "NAME", firstName: data.firstName, middleName: data.middleName ?? null, lastName: data.lastName };
    if ((await saveDraftValue(requester, value)) === "same-as-record") {
      const field = kind === "NAME" ? { field: "firstName" } : { field: "dateOfBirth", parts: ["day", "month", "year"] as DatePart[] };
      return invalid(values, { ...field, message: SAME_AS_RECORD[kind] });
    }
    redirect(ACCOUNT_PAGES.requestStep(kind, "evidence"));
  },
});

export const sendRequest = formAction({
  access: "account",
  load: async ({ account, formData }) => requesterFor(account, formData),
  schema: z.object({}),
  async run(_data, { loaded: { requester, kind } }) {
    const result = await submitDraft(requester, kind);
    if (result.status === "incomplete") redirect(ACCOUNT_PAGES.requestStep(kind, result.missing === "value" ? "value" : "evidence"));
    if (result.status === "already-open") redirect(ACCOUNT_PAGES.requestStep(kind, "value"));
    await deliverAfterResponse();
    redirect(ACCOUNT_PAGES.requestSent(result.reference));
  },
});

export const withdraw = formAction({
  access: "account",
  schema: z.object({ reference: z.string().max(12) }),
  async run({ reference }, { account }) {
    if (!account.trn) notFound();
    const result = await withdrawRequest({ id: account.id, trn: account.trn }, reference);
    redirect(result === "withdrawn" ? `${ACCOUNT_PAGES.requests}?withdrawn=${encodeURIComponent(reference)}` : ACCOUNT_PAGES.request(reference));
  },
});
