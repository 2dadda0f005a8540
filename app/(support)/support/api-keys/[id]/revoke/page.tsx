import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm, Form, SubmitButton } from "@/components/forms/kit";
import { BackLink, SummaryList, WarningText } from "@/components/govuk";
import { SUPPORT_SERVICE, pageTitle } from "@/components/layout/services";
import { ScopeList } from "@/components/support/api-keys";
import { formatDay } from "@/lib/format/dates";
import { activeApiKey } from "@/lib/identity/api-keys";
import { requireRole } from "@/lib/identity/session";
import { SUPPORT_PAGES } from "@/lib/support/pages";
import { revokeKey } from "../../../actions";

export const metadata: Metadata = { title: null };

/** "Are you sure?": a revoked key cannot be restored, and the service using it stops at once. */
export default async function RevokeApiKeyPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("admin");
  const { id } = await params;
  const key = await activeApiKey(id);
  if (!key) notFound();
  const heading = `Are you sure you want to revoke the key ‘${key.name}’?`;
  return (
    <ActionForm title={pageTitle(SUPPORT_SERVICE, heading)} action={revokeKey}>
      <BackLink href={SUPPORT_PAGES.apiKeys}>API keys</BackLink>
      <h1 className="govuk-heading-l govuk-!-text-break-word">{heading}</h1>
      <SummaryList
        rows={[
          { key: "Name", value: <span className="govuk-!-text-break-word">{key.name}</span> },
          { key: "Can", value: <ScopeList scopes={key.scopes} /> },
          { key: "Last used", value: key.lastUsedAt ? formatDay(key.lastUsedAt) : "Never" },
        ]}
      />
      <WarningText>
        The service using this key can no longer call the API from the moment you revoke it. A revoked key cannot be restored: the service will need a new key.
      </WarningText>
      <Form hidden={{ id: key.id }} id="revoke">
        <div className="govuk-button-group">
          <SubmitButton variant="warning">Revoke key</SubmitButton>
          <a className="govuk-link" href={SUPPORT_PAGES.apiKeys}>
            Cancel
          </a>
        </div>
      </Form>
    </ActionForm>
  );
}
