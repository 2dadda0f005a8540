// The ESLint rule `layers/no-lib-folder-cycles`: no cycle between the folders of lib/ (lib/dqt
// imports lib/email, so nothing in lib/email may reach lib/dqt, however indirectly).
// import/no-cycle sees cycles between files only, and there are none; a folder cycle is two
// concerns that cannot be understood, or moved, one without the other.
//
// The graph is every import of lib's code that ships (tests left out, as in the layer zones),
// read once per process with a regular expression (lib's 140 files in a tenth of a second).
// import/no-cycle, which parses and resolves the whole tree, made `eslint .` 4–5 times slower. The file being linted is read from its own text, so an
// editor sees its edit at once; the rest of the graph is as it was when the process started.
import fs from "node:fs";
import path from "node:path";

const SOURCE = /\.(?:ts|tsx|mts|js|jsx|mjs)$/;
const TEST = /\.test\.[cm]?[jt]sx?$/;
// `import … from "x"`, `export … from "x"`, `import "x"`, `import("x")`.
const SPECIFIERS = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g;

/** The lib folder a file belongs to ("dqt"), its name for a file straight in lib ("env"), or null. */
export function libFolder(root, file) {
  const relative = path.relative(root, file).split(path.sep);
  if (relative[0] !== "lib" || relative.length < 2) return null;
  return relative.length === 2 ? relative[1].replace(/\.[^.]+$/, "") : relative[1];
}

/** The lib folder an import specifier from `file` lands in, or null (a package, or outside lib). */
export function importedFolder(root, file, specifier) {
  let target;
  if (specifier.startsWith("@/")) target = path.join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) target = path.resolve(path.dirname(file), specifier);
  else return null;
  return libFolder(root, target);
}

function shipsWith(file) {
  return SOURCE.test(file) && !TEST.test(file) && !file.endsWith(".d.ts");
}

function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return shipsWith(full) ? [full] : [];
  });
}

/** Folder → folder → the files whose imports make that edge. */
export function libFolderGraph(root) {
  const graph = new Map();
  for (const file of sourceFiles(path.join(root, "lib"))) {
    const from = libFolder(root, file);
    for (const [, specifier] of fs.readFileSync(file, "utf8").matchAll(SPECIFIERS)) {
      const to = importedFolder(root, file, specifier);
      if (!to || to === from) continue;
      if (!graph.has(from)) graph.set(from, new Map());
      const edges = graph.get(from);
      if (!edges.has(to)) edges.set(to, new Set());
      edges.get(to).add(path.relative(root, file));
    }
  }
  return graph;
}

/** A path of folders from `start` to `goal` (both included), or null. */
function pathBetween(graph, start, goal, skipFile) {
  const cameFrom = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const folder = queue.shift();
    if (folder === goal) {
      const route = [];
      for (let at = goal; at !== null; at = cameFrom.get(at)) route.unshift(at);
      return route;
    }
    for (const [next, files] of graph.get(folder) ?? []) {
      // The linted file's edges come from its current text, not from the graph read at start.
      if (cameFrom.has(next) || [...files].every((file) => file === skipFile)) continue;
      cameFrom.set(next, folder);
      queue.push(next);
    }
  }
  return null;
}

const graphs = new Map();

/** @type {import("eslint").Rule.RuleModule} */
export const noLibFolderCycles = {
  meta: {
    type: "problem",
    docs: { description: "No cycle between the folders of lib/" },
    schema: [{ type: "object", properties: { root: { type: "string" } }, required: ["root"], additionalProperties: false }],
    messages: { cycle: "lib/{{from}} → lib/{{to}} closes a cycle between lib folders: {{route}}." },
  },
  create(context) {
    const root = context.options[0].root;
    const file = context.filename;
    const from = libFolder(root, file);
    if (!from || !shipsWith(file)) return {};
    if (!graphs.has(root)) graphs.set(root, libFolderGraph(root));
    const graph = graphs.get(root);
    const skipFile = path.relative(root, file);

    function check(node) {
      if (typeof node.source?.value !== "string") return;
      const to = importedFolder(root, file, node.source.value);
      if (!to || to === from) return;
      const back = pathBetween(graph, to, from, skipFile);
      if (back)
        context.report({ node: node.source, messageId: "cycle", data: { from, to, route: ["lib/" + from, ...back.map((f) => "lib/" + f)].join(" → ") } });
    }
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};
