import type { Metadata } from "next";
import { cache } from "react";
import { StartPageContent } from "@/components/aytq/start-page-content";
import { ActionForm, Form, SubmitButton, TextField } from "@/components/forms/kit";
import { AlreadyHaveAccount, INVITATION_TITLES, InvitationWelcome, LinkNotValid } from "@/components/identity/invitation-pages";
import { AYTQ_SERVICE, pageTitle } from "@/components/layout/services";
import { formatDay } from "@/lib/format/dates";
import { invitationState } from "@/lib/identity/invitations";
import { currentAccount } from "@/lib/identity/session";
import { requestNewLink } from "./actions";

type Search = Promise<{ trn_token?: string | string[] }>;

// Shared by generateMetadata and the page, so the invitation is read once per request.
const linkState = cache(async (token: string | null) => invitationState(token));

/** undefined: no token at all (the generic start page); null: something that is not one string. */
function tokenParam(value: string | string[] | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  return typeof value === "string" ? value : null;
}

export async function generateMetadata({ searchParams }: { searchParams: Search }): Promise<Metadata> {
  const token = tokenParam((await searchParams).trn_token);
  // The generic start page's title is the service name itself, so it is not repeated.
  if (token === undefined) return { title: { absolute: AYTQ_SERVICE.defaultTitle } };
  const { status } = await linkState(token);
  // The expired page's form renders the <title> (ActionForm), so it can say "Error: " without JavaScript.
  return { title: status === "expired" ? null : INVITATION_TITLES[status] };
}

/** The AyTQ start page; with a link's token, the page for that link's state. GET changes nothing. */
export default async function StartPage({ searchParams }: { searchParams: Search }) {
  const token = tokenParam((await searchParams).trn_token);
  if (token === undefined) return <StartPageContent />;
  const state = await linkState(token);
  switch (state.status) {
    case "valid":
      return <InvitationWelcome firstName={state.firstName} token={token!} startUrl="/qualifications/start/begin" />;
    case "used":
      return <AlreadyHaveAccount signedIn={(await currentAccount()) !== null} />;
    case "expired":
      return (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <ActionForm title={pageTitle(AYTQ_SERVICE, INVITATION_TITLES.expired)} action={requestNewLink}>
              <h1 className="govuk-heading-l">Your link has expired</h1>
              <p className="govuk-body">
                The link in your email stopped working on {formatDay(state.invitation.expiresAt)}. Links last a limited time to keep your record secure.
              </p>
              <p className="govuk-body">
                We can send you a new link. Enter the email address we sent the first link to and, if it matches, we’ll send a new one there.
              </p>
              <Form hidden={{ trn_token: token! }}>
                <TextField
                  name="email"
                  type="email"
                  label={{ text: "Email address", className: "govuk-label--m" }}
                  hint="The address the email with your link was sent to"
                  autoComplete="email"
                  spellCheck={false}
                />
                <SubmitButton>Send a new link</SubmitButton>
              </Form>
            </ActionForm>
          </div>
        </div>
      );
    case "invalid":
      return <LinkNotValid />;
  }
}
