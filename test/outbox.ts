// Reading what the service wrote to the outbox, for database tests: the newest message of a
// template to an address, and its data as the template receives it (secrets opened).
import { db } from "@/lib/db";
import { messageData } from "@/lib/email/outbox";
import type { EmailData, EmailTemplate } from "@/lib/email/templates";

export async function lastEmail<T extends EmailTemplate>(template: T, to: string): Promise<{ id: string; data: EmailData[T] }> {
  const message = await (await db()).outboxMessage.findFirstOrThrow({ where: { template, recipient: to }, orderBy: { createdAt: "desc" } });
  return { id: message.id, data: messageData(message).data as unknown as EmailData[T] };
}

export async function emailsTo(to: string): Promise<{ template: string }[]> {
  return (await db()).outboxMessage.findMany({ where: { recipient: to }, orderBy: { createdAt: "asc" }, select: { template: true } });
}
