// Server-action posts that Next.js would answer with a 500 (and an empty page): from another
// site, or with a body its decoder cannot read (no bound state, a truncated multipart body, a
// JSON or text body that is not what a form sends). proxy.ts answers them 403 or 400 first.
// Next.js buffers a request's body for the proxy, so reading it here leaves it for the action.
//
// Which posts are server actions: those with a Next-Action header (sent by Next's own script,
// JavaScript on) and form posts carrying `$ACTION_` fields (the same form, JavaScript off).
// Posts to route handlers and the APIs are theirs to read.
import "server-only";
import { isSameOrigin } from "./origin";
import { NOT_FROM_OUR_PAGES } from "./responses";

export type ActionProblem = { status: 400 | 403; message: string };

const FORBIDDEN: ActionProblem = { status: 403, message: NOT_FROM_OUR_PAGES };
const UNREADABLE: ActionProblem = { status: 400, message: "This form could not be read. Go back to the page and try again." };

const FORM_TYPES = /^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i;

export async function actionRequestProblem(request: Request): Promise<ActionProblem | null> {
  if (request.method !== "POST") return null;
  const contentType = request.headers.get("content-type") ?? "";
  const fetchAction = request.headers.has("next-action");
  if (!fetchAction && !FORM_TYPES.test(contentType)) return null;

  let form: FormData | null = null;
  if (FORM_TYPES.test(contentType)) {
    try {
      form = await request.clone().formData();
    } catch {
      return fetchAction ? UNREADABLE : null; // not an action we can see: the route's to answer
    }
  }
  const isAction = fetchAction || [...form!.keys()].some((key) => key.startsWith("$ACTION_"));
  if (!isAction) return null;
  if (!isSameOrigin(request.headers)) return FORBIDDEN;

  if (fetchAction) {
    if (form) return form.has("0") && parsesAsJson(form.get("0")) ? null : UNREADABLE;
    // Next's script sends an action's arguments as JSON text when none is a form or a file.
    if (!/^text\/plain\b/i.test(contentType)) return UNREADABLE;
    return parsesAsJson(await request.clone().text()) ? null : UNREADABLE;
  }
  return formActionIsReadable(form!) ? null : UNREADABLE;
}

/**
 * JavaScript off: `$ACTION_ID_<id>` for a plain action, or for a bound one (useActionState)
 * `$ACTION_REF_<n>`, `$ACTION_<n>:0` {id, bound} and, when bound, `$ACTION_<n>:1`.
 */
function formActionIsReadable(form: FormData): boolean {
  for (const key of form.keys()) {
    const ref = /^\$ACTION_REF_(.+)$/.exec(key)?.[1];
    if (ref === undefined) continue;
    const header = parseJson(form.get(`$ACTION_${ref}:0`));
    if (!isRecord(header) || typeof header.id !== "string") return false;
    if (header.bound && !parsesAsJson(form.get(`$ACTION_${ref}:1`))) return false;
  }
  return true;
}

const parsesAsJson = (value: FormDataEntryValue | string | null) => parseJson(value) !== undefined;

function parseJson(value: FormDataEntryValue | string | null): unknown {
  if (typeof value !== "string") return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
