// The certificate routes' one way to answer: authorise, load the teacher's own record, check the
// certificate exists for it (the guard the page's links use), then send it as issued (issuing it
// on the first download), or 304 to a browser that already holds those bytes.
import { certificateDownload } from "@/lib/certificates";
import { notFoundResponse } from "@/lib/http/not-found";
import { requireAccount } from "@/lib/identity/session";

export async function certificateResponse(request: Request, type: string, npqId?: string): Promise<Response> {
  // No session: redirect() to sign in and back here (route handlers turn it into a 307).
  const account = await requireAccount(new URL(request.url).pathname);
  const download = await certificateDownload(account, type, npqId, { ifNoneMatch: request.headers.get("if-none-match") });
  if (!download) return notFoundResponse();
  // no-cache, not no-store: the browser keeps the file and asks again with its ETag each time, so a
  // certificate superseded by a name change is never served from its cache.
  const caching = { ETag: download.etag, "Cache-Control": "private, no-cache" };
  if (download.status === "not-modified") return new Response(null, { status: 304, headers: caching });
  return new Response(new Uint8Array(download.pdf), {
    headers: {
      ...caching,
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${download.fileName}"`,
      "Content-Length": String(download.pdf.length),
    },
  });
}
