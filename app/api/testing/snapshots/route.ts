import { z } from "zod";
import { json, jsonError } from "@/lib/api/json";
import { accountSnapshot } from "@/lib/testing/no-write";
import { testingPagesEnabled } from "@/lib/testing/pages";
import { fieldErrors } from "@/lib/validation/api";

const body = z.strictObject({ email: z.string().max(320) });

/** Journey tests only (APP_ENV=test): POST {"email": "…"} → {snapshot}: what that identity owns or is named in. */
export async function POST(request: Request) {
  if (!testingPagesEnabled()) return new Response("Not found", { status: 404 });
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return jsonError(400, fieldErrors(parsed.error));
  const snapshot = await accountSnapshot(parsed.data.email);
  if (!snapshot) return jsonError(404, [{ field: "email", message: "No account has this email" }]);
  return json(200, { snapshot });
}
