// The one door for sending email: the message is written to the outbox in the caller's
// transaction, so it exists exactly when the change that caused it does. The sender
// (lib/email/sender.ts) delivers it later.
//
// A message's secret fields (links that sign in or set up an account, codes) are sealed with
// AES-GCM (lib/email/seal.ts) and erased once it is sent or has finally failed: a database
// read or a backup gives no working link or code. The rest of its data is kept as it is.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma, Tx } from "@/lib/db";
import { seal, unseal } from "./seal";
import { ERASED, FIELD_SECRECY, isEmailTemplate, type EmailData, type EmailTemplate } from "./templates";

export interface OutboxMessageInput<T extends EmailTemplate = EmailTemplate> {
  to: string;
  template: T;
  data: EmailData[T];
}

/** What binds a sealed value to its message: the same secret under another id, address or template does not open. */
function associatedData(row: { id: string; recipient: string; template: string }): string {
  return `aytq-outbox:v1\n${row.id}\n${row.recipient}\n${row.template}`;
}

/**
 * The row to insert for one message, secrets sealed: what `tx.outboxMessage.create({ data })` and
 * `createMany({ data: [...] })` take. Pure apart from randomness (its id, the IV), so bulk
 * writers (the cohort invitations) can build thousands of rows and insert them at once.
 */
export function outboxRowData<T extends EmailTemplate>(message: OutboxMessageInput<T>): OutboxRowData {
  const id = randomUUID();
  const secrecy = FIELD_SECRECY[message.template] as Record<string, "public" | "secret">;
  const open: Record<string, unknown> = {};
  const secret: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(message.data as Record<string, unknown>)) {
    // A field the table does not know is treated as secret.
    (secrecy[field] === "public" ? open : secret)[field] = value;
  }
  const row = { id, recipient: message.to, template: message.template };
  return {
    ...row,
    data: open as Prisma.InputJsonObject,
    sealedData: Object.keys(secret).length > 0 ? seal(JSON.stringify(secret), associatedData(row)) : null,
  };
}

/** A row for `outboxMessage.create({ data })` or `createMany({ data: [...] })`. */
export interface OutboxRowData {
  id: string;
  recipient: string;
  template: EmailTemplate;
  data: Prisma.InputJsonObject;
  sealedData: string | null;
}

export async function enqueueEmail<T extends EmailTemplate>(tx: Tx, message: OutboxMessageInput<T>): Promise<{ id: string }> {
  return tx.outboxMessage.create({ data: outboxRowData(message), select: { id: true } });
}

export interface StoredOutboxMessage {
  id: string;
  recipient: string;
  template: string;
  data: unknown;
  sealedData: string | null;
}

/**
 * A stored message's full data, its secrets opened. Once erased (sent or failed) the secret
 * fields read as ERASED, so the message can still be shown, though its links no longer work.
 */
export function messageData(row: StoredOutboxMessage): { data: Record<string, unknown>; erased: boolean } {
  const open = row.data && typeof row.data === "object" && !Array.isArray(row.data) ? (row.data as Record<string, unknown>) : {};
  if (row.sealedData) {
    return { data: { ...open, ...(JSON.parse(unseal(row.sealedData, associatedData(row))) as Record<string, unknown>) }, erased: false };
  }
  const secrecy: Record<string, string> = isEmailTemplate(row.template) ? FIELD_SECRECY[row.template] : {};
  // Every secret field the row no longer has was erased when it was sent or failed.
  const erasedFields = Object.keys(secrecy).filter((field) => secrecy[field] === "secret" && !(field in open));
  return { data: { ...Object.fromEntries(erasedFields.map((field) => [field, ERASED])), ...open }, erased: erasedFields.length > 0 };
}
