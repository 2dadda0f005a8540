// The layers in eslint.config.mjs bite: a file that imports against them fails `npm run lint`
// with the rule's message, and the imports the layers allow pass. The files linted here do not
// exist; ESLint resolves their imports against the real tree.
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const LAYER_RULES = new Set(["import/no-restricted-paths", "layers/no-lib-folder-cycles"]);
let eslint: ESLint;

beforeAll(async () => {
  eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, ".."), ruleFilter: ({ ruleId }) => LAYER_RULES.has(ruleId) });
  // The first lint loads the configuration and its plugins: seconds on a busy machine.
  await eslint.lintText("", { filePath: "lib/example.ts" });
}, 60_000);

/** The layer errors `code` would get at `filePath`, as "rule: message". */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

describe("the layers", () => {
  it("stop the foundation importing a domain folder", async () => {
    const errors = await layerErrors("lib/http/example.ts", 'import { API_SCOPES } from "@/lib/identity/api-keys";\nexport const scopes = API_SCOPES;\n');
    expect(errors).toContainEqual(
      expect.stringMatching(/^import\/no-restricted-paths: .*"@\/lib\/identity\/api-keys".*The foundation .* imports no domain folder/),
    );
  });

  it("stop validation importing a service, by a relative path too", async () => {
    const errors = await layerErrors("lib/validation/example.ts", 'import { KIND_WORDS } from "../dqt/change-requests";\nexport const words = KIND_WORDS;\n');
    expect(errors).toContainEqual(expect.stringMatching(/^import\/no-restricted-paths: .*imports no domain folder/));
  });

  it("stop lib importing prisma/, a component or another folder's email template, and anything below app/ importing a route", async () => {
    expect(await layerErrors("lib/research/example.ts", 'export { seed } from "@/prisma/seed";\n')).toContainEqual(
      expect.stringMatching(/^import\/no-restricted-paths: .*Nothing in lib\/ imports prisma\//),
    );
    expect(await layerErrors("lib/dqt/example.tsx", 'export { SummaryCard } from "@/components/govuk";\n')).toContainEqual(
      expect.stringMatching(/^import\/no-restricted-paths: .*lib\/ imports no component/),
    );
    expect(await layerErrors("components/example.tsx", 'export { PAGE_RULES } from "@/app/page-rules";\n')).toContainEqual(
      expect.stringMatching(/^import\/no-restricted-paths: .*Nothing below app\/ imports a route/),
    );
    expect(await layerErrors("lib/dqt/example.ts", 'export { default } from "@/emails/invitation";\n')).toContainEqual(
      expect.stringMatching(/^import\/no-restricted-paths: .*emails\/ are lib\/email's templates/),
    );
  });

  it("stop a cycle between lib folders, naming the way back", async () => {
    // lib/support imports lib/dqt, so lib/dqt may not import lib/support.
    const errors = await layerErrors(
      "lib/dqt/example.ts",
      'import { invitationStatus } from "@/lib/support/teacher";\nexport const status = invitationStatus;\n',
    );
    expect(errors).toContainEqual(
      expect.stringMatching(
        /^layers\/no-lib-folder-cycles: lib\/dqt → lib\/support closes a cycle between lib folders: lib\/dqt → lib\/support → .*lib\/dqt\.$/,
      ),
    );
  });

  it("let each layer import the ones below it, and tests import anything", async () => {
    const down = 'import { db } from "@/lib/db";\nimport { formatDay } from "@/lib/format/dates";\nexport const both = [db, formatDay];\n';
    expect(await layerErrors("lib/support/example.ts", down)).toEqual([]);
    expect(
      await layerErrors("components/example.tsx", 'export { formatDay } from "@/lib/format/dates";\nexport { CONTACT_EMAIL } from "@/lib/contact";\n'),
    ).toEqual([]);
    expect(await layerErrors("app/example/page.tsx", 'export { SummaryCard } from "@/components/govuk";\n')).toEqual([]);
    expect(await layerErrors("lib/email/example.ts", 'export { default } from "@/emails/invitation";\n')).toEqual([]);
    expect(
      await layerErrors("lib/http/example.test.ts", 'export { seed } from "@/prisma/seed";\nexport { API_SCOPES } from "@/lib/identity/api-keys";\n'),
    ).toEqual([]);
  });
});
