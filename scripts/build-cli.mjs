// Part of `npm run build`: bundles the command-line scripts a deployment runs (migrations and seed,
// the email sender, API keys, the first cohort) into .next/cli/*.mjs with esbuild, so that the
// container image (Dockerfile) needs neither tsx nor the development node_modules to run them:
//   node .next/cli/db.mjs prepare      (in the image: node scripts/db.mjs prepare)
// PGlite stays outside the bundles: it loads its WebAssembly from its own package folder, which
// Next.js's standalone output already carries (.next/standalone/node_modules/@electric-sql/pglite).
// Plain JavaScript, like the other build helpers, so that it runs without a TypeScript loader.
import path from "node:path";
import { build } from "esbuild";

const root = process.cwd();
const outdir = path.join(root, ".next", "cli");
export const CLI_SCRIPTS = ["db", "email-send", "api-key", "invite-cohort"];

// Bundled CommonJS packages (@next/env, pg…) expect require, __filename and __dirname, which an
// ES module has not. Prefixed names: a bundle's own top-level names cannot collide with them.
const banner = [
  `import { createRequire as __cliCreateRequire } from "node:module";`,
  `import { fileURLToPath as __cliFileURLToPath } from "node:url";`,
  `import { dirname as __cliDirname } from "node:path";`,
  `const require = __cliCreateRequire(import.meta.url);`,
  `globalThis.__filename ??= __cliFileURLToPath(import.meta.url);`,
  `globalThis.__dirname ??= __cliDirname(globalThis.__filename);`,
].join("\n");

const started = performance.now();
await build({
  entryPoints: Object.fromEntries(CLI_SCRIPTS.map((name) => [name, path.join(root, "scripts", `${name}.ts`)])),
  outdir,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node22",
  tsconfig: path.join(root, "tsconfig.json"),
  // pg-native is pg's optional native driver, never installed here.
  external: ["@electric-sql/pglite", "pg-native"],
  banner: { js: banner },
  logLevel: "warning",
  legalComments: "none",
  // The four share most of their code (Prisma, lib/): one copy, in chunks they import.
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
});
console.log(`Bundled ${CLI_SCRIPTS.join(", ")} into ${path.relative(root, outdir)}/ in ${Math.round(performance.now() - started)} ms`);
