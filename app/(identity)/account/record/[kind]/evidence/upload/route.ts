import { kindFromSlug } from "@/lib/dqt/change-requests";
import { receiveEvidence } from "@/lib/dqt/evidence-upload";
import { isSameOrigin } from "@/lib/http/origin";
import { notFoundResponse } from "@/lib/http/not-found";
import { forbidden, seeOther } from "@/lib/http/responses";
import { ACCOUNT_PAGES } from "@/lib/identity/account-pages";
import { currentAccount, signInPath } from "@/lib/identity/session";

/** "Continue" on the evidence page: a plain form post (lib/dqt/evidence-upload.ts says why). */
export async function POST(request: Request, { params }: { params: Promise<{ kind: string }> }): Promise<Response> {
  if (!isSameOrigin(request.headers)) return forbidden();
  const kind = kindFromSlug((await params).kind);
  const account = await currentAccount();
  if (!kind) return notFoundResponse();
  if (!account) return seeOther(signInPath(ACCOUNT_PAGES.requestStep(kind, "evidence")));
  if (!account.trn) return notFoundResponse();
  const outcome = await receiveEvidence(account, kind, request);
  if (outcome.status === "saved") return seeOther(ACCOUNT_PAGES.requestStep(kind, "check"));
  if (outcome.status === "no-draft") return seeOther(ACCOUNT_PAGES.requestStep(kind, "value"));
  return seeOther(`${ACCOUNT_PAGES.requestStep(kind, "evidence")}?error=${outcome.problem}`);
}
