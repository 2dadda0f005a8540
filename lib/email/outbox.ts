// The one door for sending email: the message is written to the outbox in the caller's
// transaction, so it exists exactly when the change that caused it does. The sender
// (lib/email/sender.ts) delivers it later.
import "server-only";
import type { Prisma, Tx } from "@/lib/db";
import type { EmailData, EmailTemplate } from "./templates";

export async function enqueueEmail<T extends EmailTemplate>(
  tx: Tx,
  message: { to: string; template: T; data: EmailData[T] },
): Promise<{ id: string }> {
  return tx.outboxMessage.create({
    data: { recipient: message.to, template: message.template, data: message.data as Prisma.InputJsonValue },
    select: { id: true },
  });
}
