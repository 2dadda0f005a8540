// The documentation's links hold: every relative Markdown link in README.md and in every *.md
// under docs/, lib/, e2e/ and assets/ names a file or folder of the repository (never one outside
// it, such as ../shared/...), and a link into a Markdown heading (#anchor, GitHub's slugs) names
// a heading that is there. The README stays what a newcomer reads on day one: at most 200 lines.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = process.cwd();
const FOLDERS = ["docs", "lib", "e2e", "assets"];
const README_MAX_LINES = 200;

/** Every *.md file under a folder (relative to the root), skipping node_modules. */
function markdownFiles(dir: string): string[] {
  if (!fs.existsSync(path.join(root, dir))) return [];
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : markdownFiles(file);
    return entry.name.endsWith(".md") ? [file] : [];
  });
}

/** The lines of a Markdown text outside fenced code blocks, with their numbers (from 1). */
function proseLines(text: string): { line: string; number: number }[] {
  let fence: string | null = null;
  const lines: { line: string; number: number }[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const marker = /^\s*(```|~~~)/.exec(line)?.[1];
    if (marker && (fence === null || fence === marker)) {
      fence = fence === null ? marker : null;
      return;
    }
    if (fence === null) lines.push({ line, number: index + 1 });
  });
  return lines;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/`/g, "")
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replace(/ /g, "-");
}

/** The anchors of a Markdown text's headings, a repeated one as GitHub numbers it (-1, -2…). */
function anchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const { line } of proseLines(text)) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
    if (heading === undefined) continue;
    const base = slug(heading);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count === 0 ? base : `${base}-${count}`);
  }
  return result;
}

/** Every link target in a Markdown text (inline links, images and reference definitions). */
function linkTargets(text: string): { target: string; line: number }[] {
  const targets: { target: string; line: number }[] = [];
  for (const { line, number } of proseLines(text)) {
    const prose = line.replace(/(`+)(?:(?!\1).)+\1/g, "code");
    for (const match of prose.matchAll(/\]\(\s*<?((?:[^()\s<>]|\([^()\s]*\))+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      targets.push({ target: match[1]!, line: number });
    }
    const definition = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/.exec(prose)?.[1];
    if (definition) targets.push({ target: definition, line: number });
  }
  return targets;
}

/** What is wrong with a relative link from a file (relative to the root), or null when it holds. */
function brokenLink(from: string, target: string, read = (file: string) => fs.readFileSync(path.join(root, file), "utf8")): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//")) return null; // https:, mailto:…
  const [rawPath = "", fragment] = target.split("#", 2);
  const relative = decodeURIComponent(rawPath);
  const file = relative === "" ? from : path.posix.normalize(path.posix.join(path.posix.dirname(from), relative));
  if (file.startsWith("../") || path.posix.isAbsolute(relative)) return "points outside the repository";
  if (!fs.existsSync(path.join(root, file))) return `${file} does not exist`;
  if (fragment && file.endsWith(".md") && !anchors(read(file)).has(decodeURIComponent(fragment))) {
    return `${file} has no heading #${fragment}`;
  }
  return null;
}

const files = ["README.md", ...FOLDERS.flatMap(markdownFiles)];

describe("the documentation's links", () => {
  it("finds the Markdown files to check, e2e/README.md and lib/next-seams/README.md among them", () => {
    expect(files).toEqual(expect.arrayContaining(["README.md", "docs/adr/README.md", "e2e/README.md", "lib/next-seams/README.md"]));
  });

  it("resolves every relative link, and every #anchor into a Markdown heading", () => {
    const broken = files.flatMap((file) =>
      linkTargets(fs.readFileSync(path.join(root, file), "utf8")).flatMap(({ target, line }) => {
        const problem = brokenLink(file, target);
        return problem ? [`${file}:${line} (${target}): ${problem}`] : [];
      }),
    );
    expect(broken).toEqual([]);
  });

  it("keeps the README to at most 200 lines", () => {
    const lines = fs.readFileSync(path.join(root, "README.md"), "utf8").replace(/\n$/, "").split("\n");
    expect(lines.length).toBeLessThanOrEqual(README_MAX_LINES);
  });
});

describe("the link checker itself", () => {
  const text = [
    "# Deployment",
    "## Environment variables",
    "### What each `APP_ENV` turns on",
    "## The DfE Identity account (`/account`)",
    "## Environment variables",
    "```sh",
    "# In .env.production.local, not a heading",
    "[not a link](nowhere.md)",
    "```",
    "See [the table](#environment-variables-1), [`code`](../README.md) and ![a picture](certificates/qts.png).",
    "A code span is not a link: `[x](missing.md)`; [app](../app/(aytq)/qualifications/page.tsx).",
    "[ref]: adr/README.md",
  ].join("\n");

  it("makes GitHub's anchors, numbering a repeated heading and skipping code blocks", () => {
    expect([...anchors(text)]).toEqual([
      "deployment",
      "environment-variables",
      "what-each-app_env-turns-on",
      "the-dfe-identity-account-account",
      "environment-variables-1",
    ]);
  });

  it("finds inline links, images and reference definitions, not code", () => {
    expect(linkTargets(text).map(({ target }) => target)).toEqual([
      "#environment-variables-1",
      "../README.md",
      "certificates/qts.png",
      "../app/(aytq)/qualifications/page.tsx",
      "adr/README.md",
    ]);
  });

  it("fails a missing file, a missing heading and a path out of the repository", () => {
    expect(brokenLink("docs/deployment.md", "../README.md#two-commands")).toBeNull();
    expect(brokenLink("docs/deployment.md", "adr/README.md")).toBeNull();
    expect(brokenLink("docs/deployment.md", "https://example.com/x.md")).toBeNull();
    expect(brokenLink("docs/deployment.md", "operations/nothing.md")).toBe("docs/operations/nothing.md does not exist");
    expect(brokenLink("docs/deployment.md", "../README.md#no-such-heading")).toBe("README.md has no heading #no-such-heading");
    expect(brokenLink("README.md", "../shared/design/DOMAIN.md")).toBe("points outside the repository");
  });
});
