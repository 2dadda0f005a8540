// Does /mailbox/[id] name an email in the outbox? Asked by the page and by proxy.ts
// (app/page-rules.ts); the mailbox as a whole is off in production (a section in
// app/page-rules.ts too).
import "server-only";
import { db } from "@/lib/db";
import type { PageExists } from "@/lib/http/page-exists";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const exists: PageExists<"id"> = async ({ id }) => UUID.test(id) && (await (await db()).outboxMessage.count({ where: { id } })) > 0;
