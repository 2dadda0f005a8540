// Reads a request's body with a size cap, for the machine APIs and the evidence upload:
// Request.json() or formData() would buffer whatever is sent (a 200 MB body grew the server to
// 1 GB). A declared Content-Length over the cap is refused before anything is read; an
// undeclared or understated one is read in chunks and dropped as soon as it passes the cap.

import { API_BODY_LIMIT_BYTES } from "@/lib/next-seams/body-limits.mjs";

export { API_BODY_LIMIT_BYTES };

export type LimitedBody = { ok: true; text: string } | { ok: false; problem: "too-large" | "unreadable" };
export type LimitedBytes = { ok: true; bytes: Buffer } | { ok: false; problem: "too-large" | "unreadable" };

export async function readBodyText(request: Request, limit = API_BODY_LIMIT_BYTES): Promise<LimitedBody> {
  const body = await readBodyBytes(request, limit);
  return body.ok ? { ok: true, text: new TextDecoder().decode(body.bytes) } : body;
}

export async function readBodyBytes(request: Request, limit: number): Promise<LimitedBytes> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\s*\d+\s*$/.test(declared) && Number(declared) > limit) {
    await request.body?.cancel().catch(() => {});
    return { ok: false, problem: "too-large" };
  }
  if (!request.body) return { ok: true, bytes: Buffer.alloc(0) };

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        return { ok: false, problem: "too-large" };
      }
      chunks.push(value);
    }
  } catch {
    // The client went away mid-body, or the body was used already.
    return { ok: false, problem: "unreadable" };
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}
