// The one door every server action goes through. `formAction({ access, schema, run })` makes
// an action that, in this order: checks the post came from our own pages; finds the session
// and checks the role the action needs; lets `load` fetch what the action acts on (and
// redirect if it is gone); parses the form with its zod schema; and only then runs. It answers
// the form kit (components/forms/kit.tsx) with one FormState shape, or redirects.
//
// A request without the right session or role changes nothing: a signed-out visitor to a
// teacher's action is sent to sign in (and back to the page); anyone without a staff role gets
// the 404 page for a staff action, as if it did not exist. app/actions.test.ts finds every exported server action in
// app/ and proves each was made here.
//
// A research preview's shared password (lib/research/gate.ts) is checked here too, not only in
// proxy.ts: an action is reached by its id (the Next-Action header) at any address, the gate's own
// page included, so without a valid gate cookie an action does nothing and is sent to the gate.
// Only the action that takes the password (`ungated: true`) runs without one.
import "server-only";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import type { z } from "zod";
import type { IdentityAccount } from "@/lib/db";
import { isSameOrigin } from "@/lib/http/origin";
import { currentAccount, signInPath } from "@/lib/identity/session";
import { hasAccess, type Access } from "@/lib/identity/roles";
import { COOKIES } from "@/lib/http/cookies";
import { gatePath, isValidPreviewPass } from "@/lib/research/gate";
import { zodErrors, type FieldError, type FormState, type FormValues } from "./state";

export type { Access };

type AccountFor<A extends Access> = A extends "public" ? IdentityAccount | null : IdentityAccount;

export interface ActionContext<A extends Access, L> {
  account: AccountFor<A>;
  /** What `load` returned. */
  loaded: L;
  /** Everything typed, as the form kit shows it back (files left out). */
  values: FormValues;
  formData: FormData;
  previous: FormState;
}

export interface FormActionConfig<A extends Access, L, S extends z.ZodType> {
  access: A;
  /** Runs without a research preview's password: only the action that takes it. */
  ungated?: true;
  /** Where a signed-out visitor comes back to after signing in (for access other than "public"). */
  page?: string;
  /** Fetches what the action acts on once access is checked; may redirect (the journey has gone). */
  load?: (context: { account: AccountFor<A>; formData: FormData }) => Promise<L>;
  /** The form's schema, or one chosen by what was posted (e.g. which button was pressed). */
  schema: S | ((values: FormValues, loaded: L) => S);
  /** Does the work with the parsed data: returns the state to show, or redirects. */
  run: (data: z.output<S>, context: ActionContext<A, L>) => Promise<FormState | void>;
}

export type ServerFormAction = ((previous: FormState, formData: FormData) => Promise<FormState>) & {
  readonly access: Access;
  readonly ungated: boolean;
};

const made = new WeakSet<object>();

/** True for an action made by formAction(): the enumerating test's question. */
export function isFormAction(value: unknown): value is ServerFormAction {
  return typeof value === "function" && made.has(value);
}

export function formAction<A extends Access, S extends z.ZodType, L = undefined>(config: FormActionConfig<A, L, S>): ServerFormAction {
  const action = async (previous: FormState | undefined, formData: FormData): Promise<FormState> => {
    const requestHeaders = await headers();
    // Another site's page cannot use our actions (Next.js checks too; this does not rely on it).
    if (!isSameOrigin(requestHeaders)) notFound();
    if (!config.ungated && !isValidPreviewPass((await cookies()).get(COOKIES.previewPass.name)?.value)) {
      redirect(gatePath(refererPath(requestHeaders)));
    }
    const account = await currentAccount();
    if (config.access === "account" && !account) redirect(signInPath(config.page ?? refererPath(requestHeaders)));
    // Staff actions do not say they exist: signed out or without the role, the same 404.
    if (!hasAccess(account, config.access)) notFound();
    const safeFormData = formData instanceof FormData ? formData : new FormData();
    const prior = previous && typeof previous === "object" && Array.isArray(previous.errors) ? previous : { errors: [], values: {} };
    const context = { account: account as AccountFor<A>, formData: safeFormData };
    const loaded = (config.load ? await config.load(context) : undefined) as L;
    const values = typedValues(safeFormData);
    const schema = typeof config.schema === "function" ? (config.schema as (v: FormValues, l: L) => S)(values, loaded) : config.schema;
    const attempt = (prior.attempt ?? 0) + 1;
    const parsed = await schema.safeParseAsync(schemaInput(values, safeFormData));
    if (!parsed.success) return { errors: zodErrors(parsed.error), values, attempt };
    const state = await config.run(parsed.data, { ...context, loaded, values, previous: prior });
    return { errors: [], values: {}, ...(state ?? {}), attempt };
  };
  made.add(action);
  return Object.assign(action, { access: config.access, ungated: config.ungated === true }) as ServerFormAction;
}

/** A state that shows these errors with what was typed. */
export function invalid(values: FormValues, ...errors: FieldError[]): FormState {
  return { errors, values };
}

/**
 * Sends the browser itself to a URL that must not be fetched by Next.js: with JavaScript on,
 * Next.js would fetch a server action's redirect target on the server (spending a one-time
 * sign-in token and dropping its cookie), so the form kit navigates instead; without
 * JavaScript a 303 does.
 */
export async function leaveFor(url: string, options: { beforeRedirect?: () => Promise<void> } = {}): Promise<FormState> {
  if ((await headers()).has("next-action")) return { errors: [], values: {}, redirectTo: url };
  await options.beforeRedirect?.();
  redirect(url);
}

function refererPath(requestHeaders: Headers): string {
  const referer = requestHeaders.get("referer");
  if (!referer) return "/";
  try {
    const url = new URL(referer);
    return `${url.pathname}${url.search}`;
  } catch {
    return "/";
  }
}

// Next.js's own fields ($ACTION_ID_…, $ACTION_REF_…) are not the form's.
const isOwnField = (name: string) => !name.startsWith("$ACTION");

/** What was typed, to show back: strings only (a file cannot be put back in a file input). */
function typedValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const name of new Set(formData.keys())) {
    if (!isOwnField(name)) continue;
    const strings = formData.getAll(name).filter((v): v is string => typeof v === "string");
    if (strings.length === 0) continue;
    values[name] = strings.length === 1 ? strings[0]! : strings;
  }
  return values;
}

/**
 * The schema's input: each field as posted (files included, a repeated name as a list), and
 * a date input's boxes (`dateOfBirth-day`, `-month`, `-year`) gathered as `dateOfBirth:
 * { day, month, year }` for lib/validation/date-input's schemas.
 */
function schemaInput(values: FormValues, formData: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = { ...values };
  for (const name of new Set(formData.keys())) {
    const file = formData.get(name);
    if (isOwnField(name) && typeof file !== "string" && file !== null) input[name] = file;
  }
  for (const [name, value] of Object.entries(values)) {
    const match = /^(.+)-(day|month|year)$/.exec(name);
    if (!match || typeof value !== "string") continue;
    const [, field, part] = match as unknown as [string, string, string];
    const group = (input[field] ??= {}) as Record<string, string>;
    if (typeof group === "object") group[part] = value;
  }
  return input;
}
