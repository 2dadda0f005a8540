// A teacher's history in plain English for support staff: "Last name changed from Osei to
// Osei-Bonsu", "Induction status: passed", never a field name or JSON.
import { formatDate } from "@/lib/format/dates";

type Json = Record<string, unknown> | null;

const ACTIONS: Record<string, string> = {
  "account.created": "Account created",
  "account.linked": "Account linked to the teaching record",
  "account.updated": "Account details changed",
  "api-key.created": "API key created",
  "api-key.revoked": "API key revoked",
  "certificate-issued": "Certificate issued",
  "certificates-superseded": "Certificates replaced by new ones",
  "change-request.accepted": "Change request accepted",
  "change-request.rejected": "Change request rejected",
  "change-request.submitted": "Change request sent",
  "change-request.withdrawn": "Change request withdrawn by the teacher",
  "invitation.created": "Invitation created",
  "invitation.expired-request": "Asked for a new invitation after the link expired",
  "invitation.revoked": "Invitation revoked",
  "invitation.sent": "Invitation sent",
  "invitation.used": "Invitation used",
  "qts.awarded": "QTS awarded",
  "record.copied": "Record copied for research",
  "record.created": "Teaching record created",
  "record.updated": "Teaching record changed",
  "sign-in.code-failed": "Wrong sign-in code entered",
  "sign-in.requested": "Asked to sign in",
  "sign-in.requested-without-account": "Asked to sign in without an account",
  "signed-in": "Signed in",
  "signed-out": "Signed out",
  "staff.added": "Member of staff added",
  "staff.removed": "Member of staff removed",
  "staff.role-changed": "Staff role changed",
};

const FIELDS: Record<string, string> = {
  firstName: "First name",
  middleName: "Middle name",
  lastName: "Last name",
  dateOfBirth: "Date of birth",
  email: "Email address",
  mobile: "Mobile number",
  trn: "TRN",
  inductionStatus: "Induction status",
  status: "Status",
  reference: "Reference",
  kind: "Change",
  requested: "Asked for",
  evidence: "Document",
  reason: "Reason",
  role: "Role",
  name: "Name",
  scopes: "Can",
  qtsDate: "QTS date",
  awardedOn: "Awarded on",
  expiresAt: "Expires",
  persona: "Copied from",
};

/** "change-request.accepted" → "Change request accepted" (an action not listed: its words, capitalised). */
export function actionWords(action: string): string {
  if (Object.hasOwn(ACTIONS, action)) return ACTIONS[action]!;
  const words = action.replace(/[.-]/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "inductionStatus" → "Induction status". */
export function fieldWords(key: string): string {
  if (Object.hasOwn(FIELDS, key)) return FIELDS[key]!;
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_.-]+/g, " ")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A stored value in words: dates as "3 May 2026", PASSED as "passed", a name object as the name. */
export function valueWords(value: unknown): string {
  if (value === null || value === undefined || value === "") return "nothing";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") {
    if (/^\d{4}-\d{2}-\d{2}(T00:00:00(\.000)?Z)?$/.test(value)) return formatDate(new Date(value.slice(0, 10)));
    if (/^[A-Z][A-Z0-9_]+$/.test(value) && !/^CR-/.test(value)) return value.replace(/_/g, " ").toLowerCase();
    return value;
  }
  if (Array.isArray(value)) return value.length ? value.map(valueWords).join(", ") : "nothing";
  if (typeof value === "object") {
    const object = value as Record<string, unknown>;
    if ("lastName" in object || "firstName" in object) {
      return [object.firstName, object.middleName, object.lastName].filter((part) => typeof part === "string" && part).join(" ");
    }
    if ("dateOfBirth" in object) return valueWords(object.dateOfBirth);
    return Object.entries(object)
      .map(([key, inner]) => `${fieldWords(key).toLowerCase()} ${valueWords(inner)}`)
      .join(", ");
  }
  return String(value);
}

/** Each field the event names, as a sentence: "Last name changed from Osei to Osei-Bonsu", or "Status: accepted". */
export function changeSentences(before: Json, after: Json): string[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return keys.map((key) => {
    const hasBefore = before !== null && Object.hasOwn(before, key);
    const hasAfter = after !== null && Object.hasOwn(after, key);
    if (hasBefore && hasAfter) {
      const from = valueWords(before![key]);
      const to = valueWords(after![key]);
      return from === to ? `${fieldWords(key)}: ${to}` : `${fieldWords(key)} changed from ${from} to ${to}`;
    }
    return `${fieldWords(key)}: ${valueWords(hasAfter ? after![key] : before![key])}`;
  });
}
