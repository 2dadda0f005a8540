// The one door for sending email: the message is written to the outbox in the caller's
// transaction, so it exists exactly when the change that caused it does. The sender
// (lib/email/sender.ts) delivers it later.
import type { Prisma, Tx } from "@/lib/db";
import type { EmailData, EmailTemplate } from "./templates";

/** The outbox row for a message, for `create` here and `createMany` in bulk (lib/identity/cohort.ts). */
export function outboxRowData<T extends EmailTemplate>(message: { to: string; template: T; data: EmailData[T] }): Prisma.OutboxMessageCreateManyInput {
  return { recipient: message.to, template: message.template, data: message.data as Prisma.InputJsonValue };
}

export async function enqueueEmail<T extends EmailTemplate>(
  tx: Tx,
  message: { to: string; template: T; data: EmailData[T] },
): Promise<{ id: string }> {
  return tx.outboxMessage.create({ data: outboxRowData(message), select: { id: true } });
}
