import type { Metadata } from "next";

type Search = Promise<{ error?: string | string[] }>;

// next-auth sends failed sign-ins here with ?error=<code>.
const MESSAGES: Record<string, { heading: string; body: string }> = {
  Verification: {
    heading: "This sign-in link has expired or has already been used",
    body: "Sign-in links and codes work once, for 15 minutes. Ask for a new one to sign in.",
  },
  // A link whose return address is not an address (lib/identity/auth-callback-url.ts).
  CallbackUrl: {
    heading: "There is a problem with this sign-in link",
    body: "Check you copied the whole link from the email, or sign in again to get a new link.",
  },
  AccessDenied: {
    heading: "You cannot sign in with this link",
    body: "There is no DfE Identity account for this email address. Sign in with the email address you set up your account with.",
  },
};

const FALLBACK = { heading: "There is a problem signing you in", body: "Try signing in again." };

function messageFor(error: string | string[] | undefined) {
  return (typeof error === "string" && Object.hasOwn(MESSAGES, error) && MESSAGES[error]) || FALLBACK;
}

/** The title is the heading the page shows for this error. */
export async function generateMetadata({ searchParams }: { searchParams: Search }): Promise<Metadata> {
  return { title: messageFor((await searchParams).error).heading };
}

export default async function SignInProblemPage({ searchParams }: { searchParams: Search }) {
  const message = messageFor((await searchParams).error);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{message.heading}</h1>
        <p className="govuk-body">{message.body}</p>
        <p className="govuk-body">
          <a className="govuk-link" href="/sign-in">
            Sign in again
          </a>
        </p>
      </div>
    </div>
  );
}
