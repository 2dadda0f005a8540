import type { Metadata } from "next";
import { Button } from "@/components/govuk";
import { safeReturnTo } from "@/lib/identity/return-to";

export const metadata: Metadata = { title: "Continue to sign in" };

type Search = Promise<{ token?: string | string[]; email?: string | string[]; returnTo?: string | string[] }>;

/**
 * The link in a sign-in email opens this page; its button completes sign-in. Opening the
 * link uses nothing up, so email scanners that follow links cannot spend it.
 */
export default async function ContinueSignInPage({ searchParams }: { searchParams: Search }) {
  const { token, email, returnTo } = await searchParams;
  const valid = typeof token === "string" && typeof email === "string" && token.length > 0 && email.length > 0;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {valid ? (
          <>
            <h1 className="govuk-heading-l">Continue to sign in</h1>
            <p className="govuk-body">You&apos;re signing in to your DfE Identity account as {email}.</p>
            <form method="get" action="/api/auth/callback/email">
              <input type="hidden" name="token" value={token} />
              <input type="hidden" name="email" value={email} />
              <input type="hidden" name="callbackUrl" value={safeReturnTo(returnTo)} />
              <Button>Continue to sign in</Button>
            </form>
            <p className="govuk-body">If you did not ask to sign in, close this page. Nobody can sign in without this link.</p>
          </>
        ) : (
          <>
            <h1 className="govuk-heading-l">This sign-in link is not valid</h1>
            <p className="govuk-body">
              Check you copied the whole link from the email, or{" "}
              <a className="govuk-link" href="/sign-in">
                ask for a new link
              </a>
              .
            </p>
          </>
        )}
      </div>
    </div>
  );
}
