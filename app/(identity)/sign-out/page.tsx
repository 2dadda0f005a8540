import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Button } from "@/components/govuk";
import { currentAccount } from "@/lib/identity/session";
import { signOut } from "./actions";

export const metadata: Metadata = { title: "Sign out" };

export default async function SignOutPage() {
  if (!(await currentAccount())) redirect("/signed-out");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Are you sure you want to sign out?</h1>
        <p className="govuk-body">You&apos;ll need to sign in again with a link or code sent to your email to see your qualifications.</p>
        <form action={signOut}>
          <Button>Sign out</Button>
        </form>
        <p className="govuk-body">
          <a className="govuk-link" href="/qualifications">
            Go back to your qualifications
          </a>
        </p>
      </div>
    </div>
  );
}
