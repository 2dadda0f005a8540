// ESLint: Next.js's rules (core web vitals, TypeScript), jsx-a11y's recommended set, the layers
// below, and nothing about formatting (Prettier's job: eslint-config-prettier comes last).
// `npm run lint` runs it with --max-warnings=0, then `prettier --check .`. Prettier's width, 160
// (.prettierrc.json), is the one the code was written to: measured on this tree, 150 would
// rewrite 15% more lines and 170 only 7% fewer, by joining prose that reads better wrapped.
import fs from "node:fs";
import path from "node:path";
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";
import jsxA11y from "eslint-plugin-jsx-a11y";
import { noLibFolderCycles } from "./lint/lib-folder-cycles.mjs";

const root = import.meta.dirname;

// ---- The layers: the one statement of them ---------------------------------------------------
//
//   app/  →  components/  →  lib/<domain>/  →  lib/db, lib/http, lib/next-seams, lib/format,
//   (routes)  (presentation)   (the concerns)      lib/validation, lib/*.ts (the foundation)
//
// An arrow is "may import"; nothing imports against the arrows:
//   1. Nothing below app/ imports a route (a page, layout, action or route handler); proxy.ts
//      and instrumentation.ts are Next.js's entry points beside it.
//   2. lib/ imports no component: its React (PDF documents, email rendering) is its own;
//      emails/ holds lib/email's templates, and only lib/email renders them.
//   3. The foundation imports no domain folder: it takes plain values (a validation schema takes
//      the list of reasons, not the service that owns them).
//   4. Nothing in lib/ imports prisma/: the schema, migrations and seed are scripts over lib.
//   5. No cycle between lib's folders (lint/lib-folder-cycles.mjs): if lib/dqt imports lib/email,
//      nothing in lib/email reaches lib/dqt. Within the foundation, lib/next-seams is the bottom:
//      it wraps Next.js and Node, and lib/http builds on it (a seam is told what it needs, such
//      as whether a post came from our pages, rather than asking lib/http).
// Tests may reach across (a test sets up its own world); the rules hold for the code that ships.
const FOUNDATION = ["db", "format", "http", "next-seams", "validation"];
const libEntries = fs.readdirSync(path.join(root, "lib"), { withFileTypes: true });
const DOMAINS = libEntries.filter((e) => e.isDirectory() && !FOUNDATION.includes(e.name)).map((e) => `lib/${e.name}`);
const FOUNDATION_PATHS = [
  ...FOUNDATION.map((folder) => `lib/${folder}`),
  ...libEntries.filter((e) => e.isFile() && !/\.test\.[jt]sx?$/.test(e.name)).map((e) => `lib/${e.name}`),
];

const LAYER_ZONES = [
  {
    target: ["components", "lib", "emails", "scripts", "bench"],
    from: "app",
    message: "Nothing below app/ imports a route: move what both need into lib/ (eslint.config.mjs, the layers).",
  },
  { target: "lib", from: "components", message: "lib/ imports no component: the page passes lib's values to the component (eslint.config.mjs, the layers)." },
  {
    target: ["app", "components", "lib/!(email)/**", "lib/*.*"],
    from: "emails",
    message: "emails/ are lib/email's templates: render them through lib/email (eslint.config.mjs, the layers).",
  },
  {
    target: FOUNDATION_PATHS,
    from: DOMAINS,
    message:
      "The foundation (lib/db, http, next-seams, format, validation) imports no domain folder: take plain values instead (eslint.config.mjs, the layers).",
  },
  {
    target: "lib",
    from: "prisma",
    message: "Nothing in lib/ imports prisma/: the seed is a script over lib, not the reverse (eslint.config.mjs, the layers).",
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  // jsx-a11y's recommended rules (Next.js registers the plugin itself, with a few of them).
  { rules: jsxA11y.flatConfigs.recommended.rules },
  {
    rules: {
      // A leading underscore names what is deliberately unused (a rest sibling, a callback's argument).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      // Links are GOV.UK's plain <a>: a whole page load, the same with JavaScript off (no next/link anywhere).
      "@next/next/no-html-link-for-pages": "off",
      // A scrolling region is focusable so keyboards can scroll it (axe: scrollable-region-focusable).
      "jsx-a11y/no-noninteractive-tabindex": ["error", { tags: [], roles: ["tabpanel", "region"], allowExpressionValues: true }],
    },
  },
  {
    // React hooks live in components (.tsx); elsewhere `use…` names are ours or Playwright's
    // (useTestDatabase, a fixture's `use`), which the rule would take for hooks.
    files: ["**/*.{ts,mts,cts,js,mjs,cjs}"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    files: ["**/*.{ts,tsx,mts,js,mjs}"],
    ignores: ["**/*.test.{ts,tsx}"],
    plugins: { layers: { rules: { "no-lib-folder-cycles": noLibFolderCycles } } },
    rules: {
      "import/no-restricted-paths": ["error", { basePath: root, zones: LAYER_ZONES }],
      "layers/no-lib-folder-cycles": ["error", { root }],
    },
  },
  prettier,
  globalIgnores([".data/**", "lib/db/generated/**", "public/assets/**", "test-results/**", "playwright-report/**", "blob-report/**", "coverage/**"]),
]);
