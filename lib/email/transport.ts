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
  /** The outbox id. */
  outboxId: string;
}

/** Resend's batch endpoint takes up to 100 messages a call. */
export const MAX_BATCH = 100;

/**
 * What became of one call. Only "unknown" may have delivered anything without saying so: the
 * sender then retries the very same call with the same idempotency key, which the provider
 * answers without sending again.
 */
export type BatchOutcome =
  /** Accepted; per message (same order) its provider id, or why that one was refused. */
  | { kind: "sent"; results: ({ id: string } | { error: string })[] }
  /** 429: nothing sent; try again after this long. */
  | { kind: "rate-limited"; retryAfterMs: number; message: string }
  /** Refused as a whole (a 4xx): nothing sent. */
  | { kind: "rejected"; message: string }
  /** No clear answer (network, timeout, 5xx): maybe sent. */
  | { kind: "unknown"; message: string };

export interface EmailTransport {
  /**
   * Sends 1–100 messages in one call. `idempotencyKey` is the outbox id for a single message,
   * or the batch's key (lib/email/sender.ts keeps it until the outcome is known).
   */
  sendBatch(emails: OutgoingEmail[], idempotencyKey: string): Promise<BatchOutcome>;
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date; 1 s when absent or unreadable. */
export function retryAfterMs(value: string | null | undefined, now = Date.now()): number {
  if (!value) return 1000;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? 1000 : Math.max(0, date - now);
}

// A call that takes longer is abandoned as "unknown" (and retried with the same key), well
// inside the sender's claim on its messages.
const CALL_TIMEOUT_MS = 30_000;

export function resendTransport(apiKey: string, options: { baseUrl?: string } = {}): EmailTransport {
  let client: import("resend").Resend | undefined;
  return {
    async sendBatch(emails, idempotencyKey) {
      // Created lazily: `new Resend()` without a key at import time breaks `next build`.
      client ??= new (await import("resend")).Resend(apiKey, options.baseUrl ? { baseUrl: options.baseUrl } : undefined);
      const payload = emails.map((email) => ({ from: email.from, to: email.to, subject: email.subject, html: email.html, text: email.text }));
      const signal = AbortSignal.timeout(CALL_TIMEOUT_MS);
      try {
        if (payload.length === 1) {
          const { data, error, headers } = await client.emails.send(payload[0]!, { idempotencyKey, signal });
          if (error || !data) return failure(error, headers);
          return { kind: "sent", results: [{ id: data.id }] };
        }
        const { data, error, headers } = await client.batch.send(payload, { idempotencyKey, batchValidation: "permissive", signal });
        if (error || !data) return failure(error, headers);
        const refused = new Map((data.errors ?? []).map((e) => [e.index, e.message]));
        let next = 0;
        // Permissive mode lists ids for the accepted messages in order, and errors by index.
        const results = payload.map((_, index) => (refused.has(index) ? { error: refused.get(index)! } : { id: data.data[next++]?.id ?? "unknown" }));
        return { kind: "sent", results };
      } catch (error) {
        return { kind: "unknown", message: `Resend did not answer: ${error instanceof Error ? error.message : String(error)}` };
      }
    },
  };
}

function failure(error: { name: string; message: string; statusCode: number | null } | null, headers: Record<string, string> | null): BatchOutcome {
  const message = `Resend: ${error?.name ?? "unknown"}: ${error?.message ?? "no answer"}`;
  const status = error?.statusCode ?? null;
  // concurrent_idempotent_requests (409): the same key is still being processed; wait as for 429.
  if (status === 429 || error?.name === "concurrent_idempotent_requests") {
    return { kind: "rate-limited", retryAfterMs: retryAfterMs(headers?.["retry-after"]), message };
  }
  if (status !== null && status >= 400 && status < 500) return { kind: "rejected", message };
  return { kind: "unknown", message };
}

/** The configured transport, or null when mail should stay in the outbox. */
export function configuredTransport(): EmailTransport | null {
  const key = env().RESEND_API_KEY;
  return key ? resendTransport(key) : null;
}
