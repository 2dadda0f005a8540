// What an API key may do, in words, for the console's key pages.
import type { ApiScope } from "@/lib/validation/api";

export const SCOPE_WORDS: Record<ApiScope, string> = {
  "qts-awards:write": "Tell us that QTS was awarded (POST /api/v1/qts-awards)",
  "trn-tokens:write": "Get an invitation link for a teacher (POST /api/v1/trn-tokens)",
};

/** The short form, in a table: "tell us that QTS was awarded". */
export const SCOPE_SHORT_WORDS: Record<ApiScope, string> = {
  "qts-awards:write": "Tell us that QTS was awarded",
  "trn-tokens:write": "Get invitation links for teachers",
};

export function ScopeList({ scopes }: { scopes: string[] }) {
  const known = scopes.filter((scope): scope is ApiScope => Object.hasOwn(SCOPE_SHORT_WORDS, scope));
  if (known.length === 0) return <>Nothing</>;
  return (
    <ul className="govuk-list govuk-!-margin-bottom-0">
      {known.map((scope) => (
        <li key={scope}>{SCOPE_SHORT_WORDS[scope]}</li>
      ))}
    </ul>
  );
}
