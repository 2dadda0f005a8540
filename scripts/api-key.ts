// npm run api-key -- create --name "Apply for QTS" --scope qts-awards:write [--scope …]
// npm run api-key -- revoke --name "Apply for QTS"   (or --id <uuid>)
// npm run api-key -- list
import "./load-env";
import { parseArgs } from "node:util";
import { disconnect } from "../lib/db/client";
import { createApiKey, isApiScope, listApiKeys, revokeApiKey } from "../lib/identity/api-keys";
import { API_SCOPES } from "../lib/validation/api";

const USAGE = `Usage:
  npm run api-key -- create --name "<name>" --scope <${API_SCOPES.join("|")}> [--scope …]
  npm run api-key -- revoke --name "<name>" | --id <id>
  npm run api-key -- list`;

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { name: { type: "string" }, id: { type: "string" }, scope: { type: "string", multiple: true } },
  });
  switch (positionals[0]) {
    case "create": {
      const scopes = values.scope ?? [];
      const bad = scopes.filter((scope) => !isApiScope(scope));
      if (!values.name?.trim() || scopes.length === 0 || bad.length) {
        console.error(bad.length ? `Unknown scope: ${bad.join(", ")}\n${USAGE}` : USAGE);
        return 2;
      }
      const { id, key } = await createApiKey({ name: values.name.trim(), scopes: scopes.filter(isApiScope) });
      console.log(`Created API key "${values.name.trim()}" (${id}) with ${scopes.join(", ")}.`);
      console.log(`\n  ${key}\n\nThis is the only time the key is shown: store it in the calling service's secrets now.`);
      return 0;
    }
    case "revoke": {
      const target = values.id ?? values.name;
      if (!target) {
        console.error(USAGE);
        return 2;
      }
      const count = await revokeApiKey(target);
      console.log(count ? `Revoked ${count} key(s).` : `No active key named or with id "${target}".`);
      return count ? 0 : 1;
    }
    case "list": {
      for (const key of await listApiKeys()) {
        console.log(`${key.id}  ${key.name}  [${key.scopes.join(", ")}]  ${key.revokedAt ? "revoked" : "active"}`);
      }
      return 0;
    }
    default:
      console.error(USAGE);
      return 2;
  }
}

main()
  .then(async (code) => {
    await disconnect();
    process.exit(code);
  })
  .catch(async (error) => {
    console.error(error instanceof Error ? error.message : error);
    await disconnect().catch(() => {});
    process.exit(1);
  });
