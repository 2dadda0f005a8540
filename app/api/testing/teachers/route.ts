import { json, jsonError } from "@/lib/api/json";
import { testSessionsEnabled } from "@/lib/identity/test-sessions";
import { copyPersona, isPersonaKey } from "@/lib/research/persona-copies";

/**
 * Journey tests only (APP_ENV=test): POST {"persona": "tomasz"} → a fresh copy of that persona
 * (its own TRN and email), so that journeys which change a teacher never meet another's.
 */
export async function POST(request: Request) {
  if (!testSessionsEnabled()) return new Response("Not found", { status: 404 });
  const body = (await request.json().catch(() => null)) as { persona?: unknown } | null;
  if (!isPersonaKey(body?.persona))
    return jsonError(400, [{ field: "persona", message: 'Send {"persona": "tomasz"}, a key of lib/research/personas/personas.ts' }]);
  return json(201, await copyPersona(body.persona));
}
