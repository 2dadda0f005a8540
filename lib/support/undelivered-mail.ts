// Emails that have not reached a teacher: failed for good in the last week, or late (still
// waiting after a failed try, or never tried for hours). Support staff see them, so they can
// tell a teacher who says nothing came, and send a new invitation link where that helps.
import "server-only";
import { db } from "@/lib/db";
import { REPORT_FAILED_FOR_MS, undeliveredWhere } from "@/lib/email/sender";
import { isEmailTemplate, type EmailTemplate } from "@/lib/email/templates";

/** What each kind of email is for, in the console's words (never the email's own text). */
const PURPOSES: Record<EmailTemplate, string> = {
  invitation: "Invitation to set up an account",
  "qts-added": "QTS added to their record",
  "sign-in": "Sign-in link and code",
  "sign-in-no-account": "Sign-in asked for, no account",
  "email-code": "Code to confirm an email address",
  "email-changed": "Email address changed",
  "change-request-submitted": "Change request received",
  "change-request-accepted": "Change request accepted",
  "change-request-rejected": "Change request rejected",
};

export interface UndeliveredEmail {
  id: string;
  recipient: string;
  purpose: string;
  writtenAt: Date;
  attempts: number;
  state: "Failed" | "Late";
  /** The provider's last answer, as it gave it. */
  lastError: string | null;
}

export const UNDELIVERED_LIMIT = 200;

/** Newest first, at most UNDELIVERED_LIMIT. */
export async function undeliveredMail(now = new Date()): Promise<UndeliveredEmail[]> {
  const { failedWhere, overdueWhere } = undeliveredWhere(now);
  const rows = await (
    await db()
  ).outboxMessage.findMany({
    where: { OR: [failedWhere, overdueWhere] },
    orderBy: { createdAt: "desc" },
    take: UNDELIVERED_LIMIT,
    select: { id: true, recipient: true, template: true, createdAt: true, attempts: true, status: true, lastError: true },
  });
  return rows.map((row) => ({
    id: row.id,
    recipient: row.recipient,
    purpose: isEmailTemplate(row.template) ? PURPOSES[row.template] : row.template,
    writtenAt: row.createdAt,
    attempts: row.attempts,
    state: row.status === "FAILED" ? "Failed" : "Late",
    lastError: row.lastError,
  }));
}

export const FAILED_SHOWN_FOR_DAYS = REPORT_FAILED_FOR_MS / (24 * 3600_000);

// The provider's error in a sentence staff can act on; the raw text stays behind a details link.
const ERROR_SUMMARIES: [RegExp, string][] = [
  [/\b(401|403)\b|api[ _-]?key|unauthori[sz]ed|forbidden/i, "The email provider did not accept the service’s account: tell the team who run the service"],
  [/\b429\b|rate.?limit|too many/i, "The email provider asked the service to send more slowly"],
  [/time[d ]?out|ECONN|ENOTFOUND|EAI_AGAIN|network|fetch failed|socket|unavailable|\b50[234]\b/i, "The email provider could not be reached"],
  [
    /invalid|not (a )?valid|refus|reject|bounce|does not exist|unknown (user|recipient)|mailbox|recipient|address|\b422\b|\b550\b/i,
    "The email provider refused the address",
  ],
];

/** "The email provider refused the address", and so on; null when there is no error yet. */
export function errorSummary(raw: string | null): string | null {
  if (!raw) return null;
  return ERROR_SUMMARIES.find(([pattern]) => pattern.test(raw))?.[1] ?? "The email provider gave an error";
}
