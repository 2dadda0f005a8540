import { z } from "zod";
import { json, jsonError } from "@/lib/api/json";
import { addStaffForTests, staffRoleSchema } from "@/lib/testing/no-write";
import { testingPagesEnabled } from "@/lib/testing/pages";
import { fieldErrors } from "@/lib/validation/api";

const body = z.strictObject({ role: staffRoleSchema });

/** Journey tests only (APP_ENV=test): POST {"role": "ADMIN"} → {email} of a new member of staff, for one test's own use. */
export async function POST(request: Request) {
  if (!testingPagesEnabled()) return new Response("Not found", { status: 404 });
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return jsonError(400, fieldErrors(parsed.error));
  return json(201, await addStaffForTests(parsed.data.role));
}
