import type { Metadata } from "next";
import { Button, Panel } from "@/components/govuk";
import { requireAccount } from "@/lib/identity/session";

export const metadata: Metadata = { title: "Account created" };

export default async function AccountCreatedPage() {
  const account = await requireAccount("/create-account/done");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title="Account created">Your DfE Identity account is set up and you’re signed in</Panel>
        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">You can now see your teaching qualifications and download your qualified teacher status (QTS) certificate.</p>
        <p className="govuk-body">
          Next time, sign in with <strong className="govuk-!-text-break-word">{account.email}</strong>. We’ll email you a link to sign in. You do not need a
          password.
        </p>
        <Button href="/qualifications">Go to your teaching qualifications</Button>
      </div>
    </div>
  );
}
