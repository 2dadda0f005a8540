// Turns an outbox message into the subject, HTML and plain text the recipient receives.
//
// A React Email render takes ~18 ms (HTML, then again for the text), which would cap a sender at
// ~55 messages a second: too slow for a million invitations. So each template is rendered once
// with stand-ins for the fields it prints exactly as given (names, links, codes), and each
// message fills its own values into that rendering, escaped as React escapes them. The filled
// result is checked against a real render the first time, and a template (or value) that would
// not come out identical is always rendered in full.
import "server-only";
import { randomBytes } from "node:crypto";
import { render } from "@react-email/components";
import { createElement, type ComponentType } from "react";
import ChangeRequestAcceptedEmail from "@/emails/change-request-accepted";
import ChangeRequestRejectedEmail from "@/emails/change-request-rejected";
import ChangeRequestSubmittedEmail from "@/emails/change-request-submitted";
import EmailChangedEmail from "@/emails/email-changed";
import EmailCodeEmail from "@/emails/email-code";
import { formatDay } from "@/lib/format/dates";
import InvitationEmail from "@/emails/invitation";
import QtsAddedEmail from "@/emails/qts-added";
import SignInEmail from "@/emails/sign-in";
import SignInNoAccountEmail from "@/emails/sign-in-no-account";
import { EMAIL_SUBJECTS, isEmailTemplate, type EmailData, type EmailTemplate } from "./templates";

const COMPONENTS: { [T in EmailTemplate]: ComponentType<EmailData[T]> } = {
  invitation: InvitationEmail,
  "qts-added": QtsAddedEmail,
  "sign-in": SignInEmail,
  "sign-in-no-account": SignInNoAccountEmail,
  "email-code": EmailCodeEmail,
  "email-changed": EmailChangedEmail,
  "change-request-submitted": ChangeRequestSubmittedEmail,
  "change-request-accepted": ChangeRequestAcceptedEmail,
  "change-request-rejected": ChangeRequestRejectedEmail,
};

/**
 * Per template: the string fields it prints exactly as given, and how its other fields show.
 * Messages whose other fields show the same share one rendering.
 */
const FILL_INS: { [T in EmailTemplate]: { verbatim: readonly (keyof EmailData[T])[]; shows: (data: EmailData[T]) => string } } = {
  invitation: { verbatim: ["firstName", "link"], shows: (data) => `${formatDay(data.expiresAt)}|${data.resent ? "new" : "first"}` },
  "qts-added": { verbatim: ["firstName", "signInLink"], shows: () => "" },
  "sign-in": { verbatim: ["link", "code"], shows: (data) => `${data.expiresInMinutes}|${data.service ?? "teacher"}` },
  "sign-in-no-account": { verbatim: ["startLink"], shows: () => "" },
  "email-code": { verbatim: ["code"], shows: (data) => String(data.expiresInMinutes) },
  "email-changed": { verbatim: ["firstName", "newEmail"], shows: (data) => data.helpEmail },
  "change-request-submitted": { verbatim: ["firstName", "reference"], shows: (data) => data.change },
  "change-request-accepted": { verbatim: ["firstName", "reference", "newValue"], shows: (data) => data.change },
  "change-request-rejected": { verbatim: ["firstName", "reference", "reason"], shows: (data) => data.change },
};

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export async function renderEmail(template: string, data: unknown): Promise<RenderedEmail> {
  if (!isEmailTemplate(template)) throw new Error(`Unknown email template "${template}"`);
  return renderFast(template, data as EmailData[typeof template]);
}

/** A full React Email render (the reference the fast path must equal). */
export async function renderTemplate<T extends EmailTemplate>(template: T, data: EmailData[T]): Promise<RenderedEmail> {
  renderCounts.full++;
  const element = createElement(COMPONENTS[template] as ComponentType<EmailData[T]>, data);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject: EMAIL_SUBJECTS[template](data), html, text };
}

/** A rendering split at its stand-ins: even indexes are literal text, odd ones field names. */
interface Layout {
  html: string[];
  text: string[];
}

const layouts = new Map<string, Layout | "render in full">();
/** How many messages were filled in and how many rendered in full (for tests and the bench). */
export const renderCounts = { filled: 0, full: 0 };
const MAX_LAYOUTS = 500;

// Lower-case letters and digits: nothing React or html-to-text would escape or reflow.
const standInPrefix = `aytqfill${randomBytes(6).toString("hex")}x`;
const standInPattern = new RegExp(`(${standInPrefix}\\d+)`);

// React's escaping of text and attribute values (react-dom's escapeTextForBrowser).
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };
const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

// html-to-text collapses runs of whitespace: values with any are rendered in full.
const fillable = (value: unknown): value is string => typeof value === "string" && value.length > 0 && !/\s\s|^\s|\s$|[\n\r\t\f\v]/.test(value);

async function renderFast<T extends EmailTemplate>(template: T, data: EmailData[T]): Promise<RenderedEmail> {
  const { verbatim, shows } = FILL_INS[template];
  const values = verbatim.map((field) => data[field]);
  if (!values.every(fillable)) return renderTemplate(template, data);
  const key = `${template}\u0000${shows(data)}`;
  let layout = layouts.get(key);
  if (!layout) {
    layout = await compile(template, data);
    if (layouts.size >= MAX_LAYOUTS) layouts.clear();
    layouts.set(key, layout);
    if (layout === "render in full") return renderTemplate(template, data);
  }
  if (layout === "render in full") return renderTemplate(template, data);
  return fill(template, data, layout, values as string[]);
}

function fill<T extends EmailTemplate>(template: T, data: EmailData[T], layout: Layout, values: string[]): RenderedEmail {
  const join = (parts: string[], encode: (value: string) => string) =>
    parts.map((part, index) => (index % 2 === 0 ? part : encode(values[Number(part.slice(standInPrefix.length))]!))).join("");
  renderCounts.filled++;
  return { subject: EMAIL_SUBJECTS[template](data), html: join(layout.html, escapeHtml), text: join(layout.text, (value) => value) };
}

/** Renders with stand-ins, and keeps the layout only if filling it in gives exactly a real render. */
async function compile<T extends EmailTemplate>(template: T, data: EmailData[T]): Promise<Layout | "render in full"> {
  const { verbatim } = FILL_INS[template];
  const withStandIns = { ...data } as Record<string, unknown>;
  verbatim.forEach((field, index) => (withStandIns[field as string] = `${standInPrefix}${index}`));
  const [rendered, reference] = await Promise.all([renderTemplate(template, withStandIns as EmailData[T]), renderTemplate(template, data)]);
  const layout = { html: rendered.html.split(standInPattern), text: rendered.text.split(standInPattern) };
  const filled = fill(
    template,
    data,
    layout,
    verbatim.map((field) => data[field] as string),
  );
  return filled.html === reference.html && filled.text === reference.text ? layout : "render in full";
}
