import { withRole } from "@/lib/identity/session";
import { SUPPORT_PAGES } from "@/lib/support/pages";
import { nextRequestReference } from "@/lib/support/queue";

/**
 * GET /support/next-request: to the waiting request due soonest that nobody else is looking at
 * (opening it claims it), or back to the queue when there is none.
 */
export const GET = withRole("support", async (staff) => {
  const reference = await nextRequestReference(staff.id);
  return new Response(null, {
    status: 303,
    headers: { Location: reference ? SUPPORT_PAGES.changeRequest(reference) : `${SUPPORT_PAGES.changeRequests}?none=1`, "Cache-Control": "no-store" },
  });
});
