// Turns an outbox message into the subject, HTML and plain text the recipient receives.
import "server-only";
import { render } from "@react-email/components";
import { createElement, type ComponentType } from "react";
import ChangeRequestAcceptedEmail from "@/emails/change-request-accepted";
import ChangeRequestRejectedEmail from "@/emails/change-request-rejected";
import ChangeRequestSubmittedEmail from "@/emails/change-request-submitted";
import EmailChangedEmail from "@/emails/email-changed";
import EmailCodeEmail from "@/emails/email-code";
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

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export async function renderEmail(template: string, data: unknown): Promise<RenderedEmail> {
  if (!isEmailTemplate(template)) throw new Error(`Unknown email template "${template}"`);
  return renderTemplate(template, data as EmailData[typeof template]);
}

async function renderTemplate<T extends EmailTemplate>(template: T, data: EmailData[T]): Promise<RenderedEmail> {
  const element = createElement(COMPONENTS[template] as ComponentType<EmailData[T]>, data);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject: EMAIL_SUBJECTS[template](data), html, text };
}
