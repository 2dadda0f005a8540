import type { Metadata } from "next";
import { ActionForm, Form, SubmitButton } from "@/components/forms/kit";
import { Button, NotificationBanner } from "@/components/govuk";
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
      <div className="app-scroll-container" tabIndex={0} role="region" aria-labelledby="keys-caption">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden" id="keys-caption">
            API keys
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Name</th>
              <th scope="col" className="govuk-table__header">May</th>
              <th scope="col" className="govuk-table__header">Created</th>
              <th scope="col" className="govuk-table__header">Last used</th>
              <th scope="col" className="govuk-table__header">Status</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {keys.map((key) => (
              <tr key={key.id} className="govuk-table__row">
                <td className="govuk-table__cell govuk-!-text-break-word">{key.name}</td>
                <td className="govuk-table__cell">{key.scopes.join(", ")}</td>
                <td className="govuk-table__cell">{formatDay(key.createdAt)}</td>
                <td className="govuk-table__cell">{key.lastUsedAt ? formatDay(key.lastUsedAt) : "Never"}</td>
                <td className="govuk-table__cell">
                  {key.revokedAt ? (
                    `Revoked ${formatDay(key.revokedAt)}`
                  ) : (
                    <Form hidden={{ id: key.id }} id={`key-${key.id}`}>
                      <SubmitButton variant="warning" className="govuk-!-margin-bottom-0">
                        Revoke<span className="govuk-visually-hidden"> {key.name}</span>
                      </SubmitButton>
                    </Form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ActionForm>
  );
}
