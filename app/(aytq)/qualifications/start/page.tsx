import type { Metadata } from "next";
import { cache } from "react";
import { StartPageContent } from "@/components/aytq/start-page-content";
import { NewLinkForm } from "@/components/forms/new-link-form";
import { AlreadyHaveAccount, INVITATION_TITLES, InvitationWelcome, LinkNotValid } from "@/components/identity/invitation-pages";
import { formatDay } from "@/components/identity/format";
import { AYTQ_SERVICE, pageTitle } from "@/components/layout/services";
import { invitationState } from "@/lib/identity/invitations";
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
  // The expired page's form renders the <title> (FormErrors), so it can say "Error: " without JavaScript.
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
      return <AlreadyHaveAccount />;
    case "expired":
      return (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <NewLinkForm
              title={pageTitle(AYTQ_SERVICE, INVITATION_TITLES.expired)}
              action={requestNewLink} token={token!} expiredOn={formatDay(state.invitation.expiresAt)} />
          </div>
        </div>
      );
    case "invalid":
      return <LinkNotValid />;
  }
}
