// The certificate routes' one way to answer: authorise, load the teacher's own record, check the
// certificate exists for it (the guard the page's links use), then send it as issued (issuing it
// on the first download), or 304 to a browser that already holds those bytes.
import fs from "node:fs";
import path from "node:path";
import { certificateDownload } from "@/lib/certificates";
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

let notFoundHtml: string | null | undefined;

// notFound() in a route handler answers 404 with an empty body (Next 16), a blank page for
// someone who followed a stale link. `next build` prerenders app/not-found.tsx, and `next start`
// serves that file for every unknown address: send the same GOV.UK page.
function notFoundResponse(): Response {
  notFoundHtml ??= readPrerenderedNotFound();
  return notFoundHtml
    ? new Response(notFoundHtml, {
        status: 404,
        headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store" },
      })
    : new Response("Page not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

function readPrerenderedNotFound(): string | null {
  try {
    return fs.readFileSync(path.join(process.cwd(), ".next", "server", "app", "_not-found.html"), "utf8");
  } catch {
    return null; // next dev prerenders nothing
  }
}
