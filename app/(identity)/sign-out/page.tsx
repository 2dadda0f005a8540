import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ActionForm, Form, SubmitButton } from "@/components/forms/kit";
import { IDENTITY_SERVICE, pageTitle } from "@/components/layout/services";
import { currentAccount } from "@/lib/identity/session";
import { signOut } from "./actions";

// The form renders the <title> (ActionForm).
export const metadata: Metadata = { title: null };
const TITLE = pageTitle(IDENTITY_SERVICE, "Are you sure you want to sign out?");

export default async function SignOutPage() {
  const account = await currentAccount();
  if (!account) redirect("/signed-out");
  const home =
    account.role === "TEACHER" ? { href: "/qualifications", text: "Go back to your qualifications" } : { href: "/account", text: "Go back to your account" };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ActionForm title={TITLE} action={signOut}>
          <h1 className="govuk-heading-l">Are you sure you want to sign out?</h1>
          <p className="govuk-body">You’ll need to sign in again with a link or code sent to your email.</p>
          <Form>
            <SubmitButton>Sign out</SubmitButton>
          </Form>
        </ActionForm>
        <p className="govuk-body">
          <a className="govuk-link" href={home.href}>
            {home.text}
          </a>
        </p>
      </div>
    </div>
  );
}
