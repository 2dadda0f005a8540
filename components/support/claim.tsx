import { Form, SubmitButton } from "@/components/forms/kit";
import { WarningText } from "@/components/govuk";
import { formatTime } from "@/lib/format/dates";

/**
 * Another agent's live claim on a request (lib/support/claims.ts), in place of the decision on
 * the request's page and its confirmation page: who, since when, and "Take over" as a choice of
 * its own. `then`: the page to come back to once it is taken over (the request's, by default).
 */
export function TheirClaim({ reference, by, since, then }: { reference: string; by: string; since: Date; then?: "accept" }) {
  return (
    <Form hidden={{ reference, intent: "take-over", then }} id="decision">
      <WarningText>
        Being looked at by {by} since {formatTime(since)}. Take it over only if you have agreed it with them, or they have left it.
      </WarningText>
      <SubmitButton variant="secondary">Take over this request</SubmitButton>
    </Form>
  );
}
