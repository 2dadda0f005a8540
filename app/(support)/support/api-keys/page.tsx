import type { Metadata } from "next";
import { ActionForm, Form, SubmitButton } from "@/components/forms/kit";
import { Button, NotificationBanner, Table } from "@/components/govuk";
import { ScrollContainer } from "@/components/layout/scroll-container";
import { formatDay } from "@/lib/format/dates";
import { SUPPORT_SERVICE, pageTitle } from "@/components/layout/services";
import { listApiKeys } from "@/lib/identity/api-keys";
import { requireRole } from "@/lib/identity/session";
import { SUPPORT_PAGES } from "@/lib/support/pages";
import { revokeKey } from "../actions";

export const metadata: Metadata = { title: null };

/** The keys of the services that call the intake API: the same store as `npm run api-key`. */
export default async function ApiKeysPage({ searchParams }: { searchParams: Promise<{ done?: string | string[] }> }) {
  await requireRole("admin");
  const [keys, { done }] = await Promise.all([listApiKeys(), searchParams]);
  return (
    <ActionForm title={pageTitle(SUPPORT_SERVICE, "API keys")} action={revokeKey}>
      {done === "revoked" ? <NotificationBanner type="success" text="The key has been revoked. The service using it can no longer call the API" /> : null}
      <h1 className="govuk-heading-l">API keys</h1>
      <p className="govuk-body">Services such as Apply for QTS use a key to tell us when QTS is awarded. Keys are shown once, when they are made.</p>
      <Button href={SUPPORT_PAGES.newApiKey}>Create an API key</Button>
      <ScrollContainer labelledBy="keys-caption">
        <Table
          caption="API keys"
          captionClassName="govuk-visually-hidden"
          captionId="keys-caption"
          head={[{ children: "Name" }, { children: "May" }, { children: "Created" }, { children: "Last used" }, { children: "Status" }]}
          rows={keys.map((key) => ({
            key: key.id,
            cells: [
              { children: key.name, className: "govuk-!-text-break-word" },
              { children: key.scopes.join(", ") },
              { children: formatDay(key.createdAt) },
              { children: key.lastUsedAt ? formatDay(key.lastUsedAt) : "Never" },
              {
                children: key.revokedAt ? (
                  `Revoked ${formatDay(key.revokedAt)}`
                ) : (
                  <Form hidden={{ id: key.id }} id={`key-${key.id}`}>
                    <SubmitButton variant="warning" className="govuk-!-margin-bottom-0">
                      Revoke<span className="govuk-visually-hidden"> {key.name}</span>
                    </SubmitButton>
                  </Form>
                ),
              },
            ],
          }))}
        />
      </ScrollContainer>
    </ActionForm>
  );
}
