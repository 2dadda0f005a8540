// The in-app mailbox for people trying the service (development, tests, previews): every
// outbox message as its recipient would see it. Never in production (the pages answer 404).
// Secrets are opened here (lib/email/outbox.ts); a message already sent or failed has had them
// erased, and shows as such.
import "server-only";
import { db, type OutboxMessage } from "@/lib/db";
import { isProduction } from "@/lib/env";
import { messageData } from "./outbox";
import { renderEmail, type RenderedEmail } from "./render";

export const mailboxEnabled = () => !isProduction();

// What no address can hold (lib/validation/primitives.ts's email rule): NUL among them, which
// PostgreSQL would refuse as a query parameter (a 500 for /mailbox?to=%00).
const NOT_IN_AN_ADDRESS = /[\p{C}]/u;

export async function listMailbox(options: { to?: string; limit?: number } = {}) {
  if (options.to && NOT_IN_AN_ADDRESS.test(options.to)) return [];
  const prisma = await db();
  const messages = await prisma.outboxMessage.findMany({
    where: options.to ? { recipient: options.to.trim().toLowerCase() } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.limit ?? 100,
    select: { id: true, recipient: true, template: true, data: true, sealedData: true, status: true, createdAt: true },
  });
  return Promise.all(
    messages.map(async ({ sealedData, ...message }) => ({
      ...message,
      subject: (await renderEmail(message.template, messageData({ ...message, sealedData }).data)).subject,
    })),
  );
}

export interface MailboxMessage {
  message: Omit<OutboxMessage, "sealedData">;
  rendered: RenderedEmail;
  links: { text: string; href: string }[];
  /** Sent or failed: its links and codes were erased, so it shows without them. */
  erased: boolean;
}

export async function mailboxMessage(id: string): Promise<MailboxMessage | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const row = await (await db()).outboxMessage.findUnique({ where: { id } });
  if (!row) return null;
  const { data, erased } = messageData(row);
  const rendered = await renderEmail(row.template, data);
  const { sealedData: _sealed, ...message } = row;
  return { message, rendered, links: erased ? [] : linksIn(rendered.html), erased };
}

/** The links in an email's HTML, with their text, in order. */
export function linksIn(html: string): { text: string; href: string }[] {
  const links: { text: string; href: string }[] = [];
  for (const match of html.matchAll(/<a\b[^>]*\bhref="([^"]+)"[^>]*>([\s\S]*?)<\/a>/gi)) {
    const href = decodeEntities(match[1]!);
    const text = decodeEntities(match[2]!.replace(/<[^>]+>/g, "")).trim();
    links.push({ href, text: text || href });
  }
  return links;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'");
}
