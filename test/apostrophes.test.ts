// GOV.UK style: apostrophes are curly (’) in everything a person reads. Straight ones (' and
// &apos;) crept onto pages and into emails one at a time, so this reads every string and bit
// of JSX text in the pages, components, emails and lib (comments and code aside) and lists them.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = process.cwd();
const FOLDERS = ["app", "components", "emails", "lib"];
const SKIPPED = new Set(["generated", "node_modules"]);
// A letter, a straight apostrophe, a letter: "you've", "DfE's". Quotes in code ('a', 'b') never match.
const STRAIGHT = /[A-Za-z](?:'|&apos;|&#39;)[A-Za-z]/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED.has(entry.name) ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** Every string literal, template text and JSX text in a file, with its line. */
function wordsIn(file: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(
    file,
    fs.readFileSync(file, "utf8"),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: { line: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    // Module names and directives are code, not words.
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    let text: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) text = node.text;
    else if (ts.isJsxText(node)) text = node.getText(source);
    if (text !== undefined) found.push({ line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text });
    node.forEachChild(visit);
  };
  visit(source);
  return found;
}

describe("apostrophes", () => {
  it("are curly in every page, component, email and message", () => {
    const files = FOLDERS.flatMap((folder) => sourceFiles(path.join(ROOT, folder)));
    expect(files.length).toBeGreaterThan(50);
    const straight = files.flatMap((file) =>
      wordsIn(file)
        .filter(({ text }) => STRAIGHT.test(text))
        .map(({ line, text }) => `${path.relative(ROOT, file)}:${line}  ${text.trim().slice(0, 100)}`),
    );
    expect(straight, "write ’ (U+2019), not ' or &apos;").toEqual([]);
  });
});
