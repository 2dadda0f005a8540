import { mailboxEnabled, mailboxMessage } from "@/lib/email/mailbox";

export const dynamic = "force-dynamic";

/** The email's HTML exactly as sent, sandboxed: it is content, not part of the app. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const found = mailboxEnabled() ? await mailboxMessage(id) : null;
  if (!found) return new Response("Not found", { status: 404 });
  return new Response(found.rendered.html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": "sandbox allow-popups allow-top-navigation-by-user-activation; default-src 'none'; style-src 'unsafe-inline'",
      "Cache-Control": "no-store",
    },
  });
}
