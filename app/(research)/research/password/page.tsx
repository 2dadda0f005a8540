import type { Metadata } from "next";
import { requireResearchMode } from "@/lib/research/mode";
import { ActionForm, Form, SubmitButton, TextField } from "@/components/forms/kit";
import { RESEARCH_SERVICE, pageTitle } from "@/components/layout/services";
import { safeReturnTo } from "@/lib/identity/return-to";
import { enterPreviewPassword } from "../actions";

export const metadata: Metadata = { title: null };
const TITLE = pageTitle(RESEARCH_SERVICE, "Enter the password for this research version");

/** The shared password of a research preview (proxy.ts sends every page here until it is given). */
export default async function PreviewPasswordPage({ searchParams }: { searchParams: Promise<{ returnTo?: string | string[] }> }) {
  requireResearchMode();
  const returnTo = safeReturnTo((await searchParams).returnTo, "/");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ActionForm title={TITLE} action={enterPreviewPassword}>
          <h1 className="govuk-heading-l">Enter the password for this research version</h1>
          <p className="govuk-body">This version of the service is for user research. The researcher will tell you the password.</p>
          <Form hidden={{ returnTo }}>
            <TextField name="password" type="password" label={{ text: "Password" }} autoComplete="current-password" spellCheck={false} width="two-thirds" />
            <SubmitButton>Continue</SubmitButton>
          </Form>
        </ActionForm>
      </div>
    </div>
  );
}
