import { z } from "zod";
import { json, jsonError } from "@/lib/api/json";
import { markerSchema, rowsHolding } from "@/lib/testing/no-write";
import { testingPagesEnabled } from "@/lib/testing/pages";
import { fieldErrors } from "@/lib/validation/api";

const body = z.strictObject({ marker: markerSchema });

/** Journey tests only (APP_ENV=test): POST {"marker": "atk…"} → {traces}: each table and column holding it. */
export async function POST(request: Request) {
  if (!testingPagesEnabled()) return new Response("Not found", { status: 404 });
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return jsonError(400, fieldErrors(parsed.error));
  return json(200, { traces: await rowsHolding(parsed.data.marker) });
}
