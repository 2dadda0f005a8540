// Shared plumbing for the machine APIs (/api/v1/…): JSON in, JSON out, 4xx naming the field.
import type { z } from "zod";
import { API_BODY_LIMIT_BYTES, readBodyText } from "@/lib/http/body";
import { authenticateApiKey } from "@/lib/identity/api-keys";
import { fieldErrors, type ApiScope, type FieldError } from "@/lib/validation/api";

const NO_STORE = { "Cache-Control": "no-store" };

export function jsonError(status: number, errors: FieldError[], headers: Record<string, string> = {}) {
  return Response.json({ errors }, { status, headers: { ...NO_STORE, ...headers } });
}

export function json(status: number, body: unknown) {
  return Response.json(body, { status, headers: NO_STORE });
}

type Parsed<T> = { ok: true; keyName: string; data: T } | { ok: false; response: Response };

/** Authenticates the key for the scope, then reads (at most 64 KB: lib/http/body.ts) and validates the JSON body. */
export async function readApiRequest<S extends z.ZodType>(request: Request, scope: ApiScope, schema: S): Promise<Parsed<z.infer<S>>> {
  const auth = await authenticateApiKey(request.headers.get("authorization"), scope);
  if (!auth.ok) {
    const headers: Record<string, string> = auth.status === 401 ? { "WWW-Authenticate": 'Bearer realm="aytq"' } : {};
    return { ok: false, response: jsonError(auth.status, [{ field: "authorization", message: auth.message }], headers) };
  }
  const read = await readBodyText(request);
  if (!read.ok && read.problem === "too-large") {
    return { ok: false, response: jsonError(413, [{ field: "(body)", message: `The body must be ${API_BODY_LIMIT_BYTES / 1024} KB or smaller` }]) };
  }
  let body: unknown;
  try {
    if (!read.ok) throw new Error("unreadable");
    body = JSON.parse(read.text);
  } catch {
    return { ok: false, response: jsonError(400, [{ field: "(body)", message: "The body must be JSON" }]) };
  }
  const result = schema.safeParse(body);
  if (!result.success) return { ok: false, response: jsonError(400, fieldErrors(result.error)) };
  return { ok: true, keyName: auth.keyName, data: result.data };
}
