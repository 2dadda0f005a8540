import { evidenceFile } from "@/lib/dqt/change-requests";
import { notFoundResponse } from "@/lib/http/not-found";
import { EVIDENCE_POLICY } from "@/lib/http/security-headers";
import { withRole } from "@/lib/identity/session";
import { requestForReview } from "@/lib/support/queue";

/**
 * GET …/evidence: the document sent with a request, for support staff only, inline (the
 * request page shows it) or, with ?download=1, as a download. The bytes are sent as stored,
 * with the type they were checked to be; nosniff and a sandbox keep a crafted file inert.
 * (proxy.ts sends the same policy: a route handler's own header loses to proxy.ts's.)
 */
export const GET = withRole("support", async (_staff, request: Request, { params }: { params: Promise<{ reference: string }> }) => {
  const { reference } = await params;
  const changeRequest = await requestForReview(reference);
  const file = changeRequest ? await evidenceFile(changeRequest.id) : null;
  if (!file) return notFoundResponse();
  const download = new URL(request.url).searchParams.get("download") === "1";
  // RFC 6266: a plain ASCII fallback and the exact name in UTF-8.
  const asciiName = file.fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.bytes.length),
      "Content-Disposition": `${download ? "attachment" : "inline"}; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": EVIDENCE_POLICY,
      "Cache-Control": "private, no-store",
      "X-Frame-Options": "SAMEORIGIN",
    },
  });
});
