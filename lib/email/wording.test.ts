// Every email as the recipient reads it: GOV.UK style (curly apostrophes, "awarded" for QTS),
// the contact address, and the re-sent invitation that does not congratulate twice.
import { describe, expect, it } from "vitest";
import EmailCodeEmail from "@/emails/email-code";
import InvitationEmail from "@/emails/invitation";
import QtsAddedEmail from "@/emails/qts-added";
import SignInEmail from "@/emails/sign-in";
import SignInNoAccountEmail from "@/emails/sign-in-no-account";
import ChangeRequestAcceptedEmail from "@/emails/change-request-accepted";
import ChangeRequestRejectedEmail from "@/emails/change-request-rejected";
import ChangeRequestSubmittedEmail from "@/emails/change-request-submitted";
import EmailChangedEmail from "@/emails/email-changed";
import { CONTACT_EMAIL } from "@/lib/contact";
import { renderEmail } from "./render";
import type { EmailData, EmailTemplate } from "./templates";

const EXAMPLES: { [T in EmailTemplate]: EmailData[T] } = {
  invitation: InvitationEmail.PreviewProps,
  "qts-added": QtsAddedEmail.PreviewProps,
  "sign-in": SignInEmail.PreviewProps,
  "sign-in-no-account": SignInNoAccountEmail.PreviewProps,
  "email-code": EmailCodeEmail.PreviewProps,
  "email-changed": EmailChangedEmail.PreviewProps,
  "change-request-submitted": ChangeRequestSubmittedEmail.PreviewProps,
  "change-request-accepted": ChangeRequestAcceptedEmail.PreviewProps,
  "change-request-rejected": ChangeRequestRejectedEmail.PreviewProps,
};

const cases = [
  ...Object.entries(EXAMPLES).map(([template, data]) => ({ name: template, template, data })),
  { name: "invitation (re-sent)", template: "invitation", data: { ...EXAMPLES.invitation, resent: true } },
];

describe.each(cases)("the $name email", ({ template, data }) => {
  it("uses curly apostrophes, says QTS is awarded, and gives the contact address", async () => {
    const { subject, text, html } = await renderEmail(template, data);
    for (const words of [subject, text]) {
      expect(words).not.toMatch(/[A-Za-z]'[A-Za-z]/);
      expect(words).not.toMatch(/attain/i);
    }
    expect(text).toContain(CONTACT_EMAIL);
    expect(html).toContain(`mailto:${CONTACT_EMAIL}`);
  });
});

describe("the invitation email", () => {
  it("congratulates the first time", async () => {
    const { subject, text } = await renderEmail("invitation", EXAMPLES.invitation);
    expect(subject).toBe("You’ve been awarded qualified teacher status (QTS)");
    expect(text).toContain("Congratulations: you’ve been awarded qualified teacher status (QTS) in England.");
    expect(text).toContain("The link expires on 10 February 2027.");
  });

  it("sent again, says the new link replaces the old one and does not congratulate again", async () => {
    const { subject, text } = await renderEmail("invitation", { ...EXAMPLES.invitation, resent: true });
    expect(subject).toBe("Your new link to Access your teaching qualifications");
    expect(text).not.toContain("Congratulations");
    expect(text).toContain("This link replaces the one we sent you before. The old link no longer works.");
    expect(text).toContain("Set up your account and view your QTS certificate");
  });
});

describe("the emails after a decision on a change request", () => {
  it("accepted, a new name: a link back to the service, and older copies now check as replaced", async () => {
    const { text, html } = await renderEmail("change-request-accepted", EXAMPLES["change-request-accepted"]);
    expect(html).toMatch(/href="https?:\/\/[^"]+\/qualifications"/);
    expect(text).toContain("Sign in to Access your teaching qualifications");
    expect(text).toContain("Copies you downloaded before now show as replaced when someone checks them online");
  });

  it("accepted, a date of birth: says certificates do not show it, and claims nothing about them", async () => {
    const { text } = await renderEmail("change-request-accepted", {
      ...EXAMPLES["change-request-accepted"],
      change: "date of birth",
      newValue: "9 October 1999",
    });
    expect(text).toContain("Your certificates do not show your date of birth, so they have not changed.");
    expect(text).not.toContain("replaced");
  });

  it("rejected: a link back to the account to send a new request", async () => {
    const { text, html } = await renderEmail("change-request-rejected", EXAMPLES["change-request-rejected"]);
    expect(html).toMatch(/href="https?:\/\/[^"]+\/account"/);
    expect(text).toContain("Sign in to your DfE Identity account");
  });

  it("sent: a date of birth request does not say certificates show one", async () => {
    const { text } = await renderEmail("change-request-submitted", { ...EXAMPLES["change-request-submitted"], change: "date of birth" });
    expect(text).not.toContain("certificates show the date of birth");
  });
});
