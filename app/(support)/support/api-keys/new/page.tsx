import type { Metadata } from "next";
import { ActionForm, CheckboxesField, Form, ShownOnce, ShownValue, SubmitButton, TextField, UntilShown } from "@/components/forms/kit";
import { BackLink, Panel, WarningText } from "@/components/govuk";
import { SUPPORT_SERVICE, pageTitle } from "@/components/layout/services";
import { API_SCOPES } from "@/lib/validation/api";
import { requireRole } from "@/lib/identity/session";
import { SUPPORT_PAGES } from "@/lib/support/pages";
import { SCOPE_WORDS } from "@/components/support/api-keys";
import { createKey } from "../../actions";

export const metadata: Metadata = { title: null };

/** A new key, shown once as selectable text: there is nothing to copy it with but the reader's own hand. */
export default async function NewApiKeyPage() {
  await requireRole("admin");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ActionForm title={pageTitle(SUPPORT_SERVICE, "Create an API key")} action={createKey}>
          <BackLink href={SUPPORT_PAGES.apiKeys}>API keys</BackLink>
          <ShownOnce name="key">
            <Panel title="API key created">Copy it now: it will not be shown again</Panel>
            <ShownValue name="key" id="new-key" label="The new key" />
            <WarningText>Give the key only to the service that will use it, in a secure way. We keep only a hash of it.</WarningText>
            <p className="govuk-body">
              <a className="govuk-link" href={SUPPORT_PAGES.apiKeys}>
                Back to API keys
              </a>
            </p>
          </ShownOnce>
          <UntilShown>
            <h1 className="govuk-heading-l">Create an API key</h1>
            <Form>
              <TextField
                name="name"
                label={{ text: "Name", className: "govuk-label--s" }}
                hint="The service that will use it, such as Apply for QTS"
                autoComplete="off"
              />
              <CheckboxesField
                name="scopes"
                legend={{ text: "What may the key do?", className: "govuk-fieldset__legend--s" }}
                items={API_SCOPES.map((scope) => ({ value: scope, text: SCOPE_WORDS[scope] }))}
              />
              <SubmitButton>Create key</SubmitButton>
            </Form>
          </UntilShown>
        </ActionForm>
      </div>
    </div>
  );
}
