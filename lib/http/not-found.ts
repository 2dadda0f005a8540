// The GOV.UK "Page not found" page as a Response, for route handlers: notFound() there answers
// 404 with an empty body (Next 16), a blank page for someone who followed a stale link.
// `next build` prerenders app/not-found.tsx, and `next start` serves that file for every unknown
// address: send the same page.
import "server-only";
import fs from "node:fs";
import path from "node:path";

let notFoundHtml: string | null | undefined;

export function notFoundResponse(): Response {
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
