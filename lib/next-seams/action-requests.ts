// Posts that Next.js would answer with a 500 (and an empty page): from another site, or with a
// body it cannot read. proxy.ts answers them 403 or 400 first, before any page or action runs.
// Next.js buffers a request's body for the proxy, so reading it here leaves it for the action.
//
// Which posts are server actions: those with a Next-Action header (sent by Next's own script,
// JavaScript on) and form posts carrying `$ACTION_` fields (the same form, JavaScript off).
// Every other post to a page or a form's route handler must at least be a form that parses: a
// malformed multipart body was a plain-text 500 on every page. Posts to the APIs are theirs to read.
//
// An action's arguments are decoded by React (decodeReply), which throws (a 500) on references to
// parts that are not there or values it cannot build: `$n1e999` (a BigInt), `$B1` (a Blob),
// `$Q1` (a Map). Our actions take a form state and a form, which React encodes with only a few
// kinds of reference, so any other is refused here.
import "server-only";

/** 400: the body cannot be read (what to tell the sender); 403: a form from another site. */
export type ActionProblem = { status: 400; message: string } | { status: 403 };

/**
 * Whether the request came from the service's own pages, decided by the caller (lib/http/origin.ts):
 * this seam sits below lib/http, so it is told rather than asks.
 */
export type FromOurPages = (headers: Headers) => boolean;

const FORBIDDEN: ActionProblem = { status: 403 };
const UNREADABLE: ActionProblem = { status: 400, message: "This form could not be read. Go back to the page and try again." };

const FORM_TYPES = /^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i;

/** The problem with a post to a page or a form's route handler (not an API), or null to let it through. */
export async function actionRequestProblem(request: Request, fromOurPages: FromOurPages): Promise<ActionProblem | null> {
  if (request.method !== "POST") return null;
  const contentType = request.headers.get("content-type") ?? "";
  const fetchAction = request.headers.has("next-action");
  const isForm = FORM_TYPES.test(contentType);
  // Next's script sends an action's arguments as JSON text when none is a form or a file.
  // Nothing on a page takes JSON or anything else but a form (or, from Next's script, its text).
  if (!isForm && !(fetchAction && /^text\/plain\b/i.test(contentType))) return UNREADABLE;

  let form: FormData | null = null;
  if (isForm) {
    try {
      form = await request.clone().formData();
    } catch {
      return UNREADABLE;
    }
  }
  // A form from another site is refused whether it names an action or not: Next.js takes any form
  // posted to a page for a possible action and answers its own cross-site check with a 500, and
  // our route handlers that take forms refuse another site with this same 403.
  if (!fromOurPages(request.headers)) return FORBIDDEN;
  const isAction = fetchAction || [...form!.keys()].some((key) => key.startsWith("$ACTION_"));
  if (!isAction) return null;

  if (fetchAction) {
    const args = form ? form.get("0") : await request.clone().text();
    return isArgumentList(parseJson(args)) ? null : UNREADABLE;
  }
  return formActionIsReadable(form!) ? null : UNREADABLE;
}

/**
 * For the APIs: a form body (next-auth's) that does not parse is refused, and so is a form from
 * another site (an API address with no route behind it is Next's 404 page, which takes a form for
 * a possible action and answers its own cross-site check with a 500; the machine APIs take JSON).
 * Anything else is the route's to read.
 */
export async function formBodyProblem(request: Request, fromOurPages: FromOurPages): Promise<ActionProblem | null> {
  if (request.method !== "POST" || !FORM_TYPES.test(request.headers.get("content-type") ?? "")) return null;
  try {
    await request.clone().formData();
  } catch {
    return UNREADABLE;
  }
  return fromOurPages(request.headers) ? null : FORBIDDEN;
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
    if (header.bound && !isArgumentList(parseJson(form.get(`$ACTION_${ref}:1`)))) return false;
  }
  return true;
}

// The references React writes for a form state and a form: an escaped "$" ("$$…"), a form
// ("$K1"), undefined, the numbers JSON has no word for, and a date.
const KNOWN_REFERENCE = /^\$(\$|K\d+$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D)/;

/** A list of arguments (the action is applied to it) holding only values React decodes without failing. */
function isArgumentList(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item === "string") {
      if (item.startsWith("$") && !KNOWN_REFERENCE.test(item)) return false;
    } else if (Array.isArray(item)) {
      pending.push(...item);
    } else if (isRecord(item)) {
      if (Object.hasOwn(item, "__proto__")) return false;
      pending.push(...Object.values(item));
    }
  }
  return true;
}

function parseJson(value: FormDataEntryValue | string | null): unknown {
  if (typeof value !== "string") return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
