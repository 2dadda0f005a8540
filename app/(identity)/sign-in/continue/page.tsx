import type { Metadata } from "next";
import { Button } from "@/components/govuk";
import { safeReturnTo } from "@/lib/identity/return-to";

type Search = Promise<{ token?: string | string[]; email?: string | string[]; returnTo?: string | string[] }>;

const TITLES = { valid: "Continue to sign in", notValid: "This sign-in link is not valid" } as const;

function signInLink(params: Awaited<Search>): { token: string; email: string } | null {
  const { token, email } = params;
  return typeof token === "string" && typeof email === "string" && token.length > 0 && email.length > 0 ? { token, email } : null;
}

/** The title matches the heading: a link that is not valid says so in the browser tab too. */
export async function generateMetadata({ searchParams }: { searchParams: Search }): Promise<Metadata> {
  return { title: signInLink(await searchParams) ? TITLES.valid : TITLES.notValid };
}

/**
 * The link in a sign-in email opens this page; its button completes sign-in. Opening the
 * link uses nothing up, so email scanners that follow links cannot spend it.
 */
export default async function ContinueSignInPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const link = signInLink(params);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {link ? (
          <>
            <h1 className="govuk-heading-l">{TITLES.valid}</h1>
            <p className="govuk-body">
              You’re signing in to your DfE Identity account as <strong className="govuk-!-text-break-word">{link.email}</strong>.
            </p>
            <form method="get" action="/api/auth/callback/email">
              <input type="hidden" name="token" value={link.token} />
              <input type="hidden" name="email" value={link.email} />
              <input type="hidden" name="callbackUrl" value={safeReturnTo(params.returnTo)} />
              <Button>Continue to sign in</Button>
            </form>
            <p className="govuk-body">If you did not ask to sign in, close this page. Nobody can sign in without this link.</p>
          </>
        ) : (
          <>
            <h1 className="govuk-heading-l">{TITLES.notValid}</h1>
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
