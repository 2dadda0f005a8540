// Where messages go. Resend in production; no transport elsewhere (mail stays in the outbox
// and can be read at /mailbox). Tests pass a fake, the only edge we do not run.
import "server-only";
import { env } from "@/lib/env";

export interface OutgoingEmail {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** The outbox id, so a retry after a lost answer never sends twice. */
  idempotencyKey: string;
}

export interface EmailTransport {
  send(email: OutgoingEmail): Promise<{ id: string }>;
}

export function resendTransport(apiKey: string): EmailTransport {
  let client: import("resend").Resend | undefined;
  return {
    async send(email) {
      // Created lazily: `new Resend()` without a key at import time breaks `next build`.
      client ??= new (await import("resend")).Resend(apiKey);
      const { data, error } = await client.emails.send(
        { from: email.from, to: email.to, subject: email.subject, html: email.html, text: email.text },
        { idempotencyKey: email.idempotencyKey },
      );
      if (error || !data) throw new Error(`Resend refused the message: ${error?.name ?? "unknown"}: ${error?.message ?? ""}`);
      return { id: data.id };
    },
  };
}

/** The configured transport, or null when mail should stay in the outbox. */
export function configuredTransport(): EmailTransport | null {
  const key = env().RESEND_API_KEY;
  return key ? resendTransport(key) : null;
}
