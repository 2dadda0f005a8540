import type { Metadata } from "next";
import { Button, NotificationBanner, Table, Tag } from "@/components/govuk";
import { ScrollContainer } from "@/components/layout/scroll-container";
import { ScopeList } from "@/components/support/api-keys";
import { formatDay } from "@/lib/format/dates";
import { listApiKeys } from "@/lib/identity/api-keys";
import { requireRole } from "@/lib/identity/session";
import { messageFor, SUPPORT_PAGES } from "@/lib/support/pages";

export const metadata: Metadata = { title: "API keys" };

const DONE: Record<string, string> = { revoked: "The key has been revoked. The service using it can no longer call the API" };

/** The keys of the services that call the intake API: the same store as `npm run api-key`. */
export default async function ApiKeysPage({ searchParams }: { searchParams: Promise<{ done?: string | string[] }> }) {
  await requireRole("admin");
  const [keys, { done }] = await Promise.all([listApiKeys(), searchParams]);
  const banner = messageFor(DONE, done);
  return (
    <>
      {banner ? <NotificationBanner type="success" text={banner} /> : null}
      <h1 className="govuk-heading-l">API keys</h1>
      <p className="govuk-body">Services such as Apply for QTS use a key to tell us when QTS is awarded. Keys are shown once, when they are made.</p>
      <Button href={SUPPORT_PAGES.newApiKey}>Create an API key</Button>
      <ScrollContainer labelledBy="keys-caption">
        <Table
          caption="API keys"
          captionClassName="govuk-visually-hidden"
          captionId="keys-caption"
          head={[
            { children: "Name" },
            { children: "Can" },
            { children: "Created" },
            { children: "Last used" },
            { children: "Status" },
            { children: <span className="govuk-visually-hidden">Actions</span> },
          ]}
          rows={keys.map((key) => ({
            key: key.id,
            cells: [
              { children: key.name, className: "govuk-!-text-break-word" },
              { children: <ScopeList scopes={key.scopes} /> },
              { children: formatDay(key.createdAt) },
              { children: key.lastUsedAt ? formatDay(key.lastUsedAt) : "Never" },
              {
                children: key.revokedAt ? (
                  <>
                    <Tag colour="grey">Revoked</Tag>
                    <span className="govuk-!-display-block">{formatDay(key.revokedAt)}</span>
                  </>
                ) : (
                  <Tag colour="green">Active</Tag>
                ),
              },
              {
                children: key.revokedAt ? null : (
                  <a className="govuk-link" href={SUPPORT_PAGES.revokeApiKey(key.id)}>
                    Revoke<span className="govuk-visually-hidden"> {key.name}</span>
                  </a>
                ),
              },
            ],
          }))}
        />
      </ScrollContainer>
    </>
  );
}
