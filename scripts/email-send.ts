// npm run email:send — delivers pending outbox messages (for cron; the app also does it after
// each request that writes mail). Without RESEND_API_KEY it does nothing: mail stays readable
// in the outbox (/mailbox outside production).
import "./load-env";
import { disconnect } from "../lib/db/client";
import { deliverPendingEmails } from "../lib/email/sender";
import { configuredTransport } from "../lib/email/transport";
import { pruneRateLimits } from "../lib/identity/rate-limit";

async function main() {
  if (!configuredTransport()) console.log("RESEND_API_KEY is not set: messages stay in the outbox.");
  const report = await deliverPendingEmails();
  const pruned = await pruneRateLimits();
  console.log(`Sent ${report.sent}, retrying ${report.retrying}, failed ${report.failed}; pruned ${pruned} old rate-limit windows.`);
}

main()
  .then(() => disconnect())
  .catch(async (error) => {
    console.error(error instanceof Error ? error.message : error);
    await disconnect().catch(() => {});
    process.exit(1);
  });
