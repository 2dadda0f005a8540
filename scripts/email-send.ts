// npm run email:send [-- --rate N] [-- --limit N]: delivers due outbox messages (for cron; see
// lib/email/send-command.ts). Exits 1 when mail has failed or is overdue, so cron alerts.
import "./load-env";
import { disconnect } from "../lib/db/client";
import { emailSendCommand } from "../lib/email/send-command";

emailSendCommand(process.argv.slice(2))
  .then(async (code) => {
    await disconnect();
    process.exitCode = code;
  })
  .catch(async (error) => {
    console.error(error instanceof Error ? error.message : error);
    await disconnect().catch(() => {});
    process.exit(1);
  });
