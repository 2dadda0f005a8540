import type { Metadata } from "next";
import { requireResearchMode } from "@/lib/research/mode";
import { ActionForm, Form, SubmitButton } from "@/components/forms/kit";
import { BackLink, WarningText } from "@/components/govuk";
import { RESEARCH_SERVICE, pageTitle } from "@/components/layout/services";
import { resetData } from "../actions";

export const metadata: Metadata = { title: null };

export default function ResetPage() {
  requireResearchMode();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ActionForm title={pageTitle(RESEARCH_SERVICE, "Reset the research data")} action={resetData}>
          <BackLink href="/research">Research personas</BackLink>
          <h1 className="govuk-heading-l">Reset the research data</h1>
          <p className="govuk-body">This puts the data back to exactly the seeded personas and staff:</p>
          <ul className="govuk-list govuk-list--bullet">
            <li>every copy of a persona, and every other account, is removed</li>
            <li>every email in the mailbox is removed, and the personas’ invitation emails are sent again</li>
            <li>everyone is signed out, you too</li>
          </ul>
          <WarningText>Only do this when no research session is running.</WarningText>
          <Form>
            <SubmitButton variant="warning">Reset the data</SubmitButton>
          </Form>
        </ActionForm>
      </div>
    </div>
  );
}
