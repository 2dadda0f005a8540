import { mailboxEnabled, mailboxMessage } from "@/lib/email/mailbox";
import { MAILBOX_HTML_POLICY } from "@/lib/http/security-headers";

export const dynamic = "force-dynamic";

/** The email's HTML exactly as sent, sandboxed: it is content, not part of the app (proxy.ts sends the same policy). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const found = mailboxEnabled() ? await mailboxMessage(id) : null;
  if (!found) return new Response("Not found", { status: 404 });
  return new Response(found.rendered.html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": MAILBOX_HTML_POLICY,
      "Cache-Control": "no-store",
    },
  });
}
