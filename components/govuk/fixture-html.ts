// Test helper: turns HTML into a comparable list of tokens, so React's output can be
// checked against govuk-frontend's own fixtures. Attribute order, class order, quoting,
// entities, self-closing syntax and whitespace between and around tags are ignored.

const VOID_ELEMENTS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);/gi, (_, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower.startsWith("#x")) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith("#")) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" }[lower] ?? entity;
  });
}

function normaliseAttributes(source: string): string {
  const attributes: string[] = [];
  for (const match of source.matchAll(/([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    const name = (match[1] ?? "").toLowerCase();
    let value = decodeEntities(match[2] ?? match[3] ?? match[4] ?? "");
    if (name === "class") value = value.split(/\s+/).filter(Boolean).sort().join(" ");
    attributes.push(`${name}="${value}"`);
  }
  return attributes.sort().join(" ");
}

export function htmlTokens(html: string): string[] {
  const tokens: string[] = [];
  const pattern = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>|([^<]+)/g;
  for (const match of html.matchAll(pattern)) {
    const [, closing, rawName, attributes, selfClosing, text] = match;
    if (text !== undefined) {
      const normalised = decodeEntities(text).replace(/\s+/g, " ").trim();
      if (normalised) tokens.push(normalised);
      continue;
    }
    if (!rawName) continue; // a comment
    const name = rawName.toLowerCase();
    if (closing) {
      if (!VOID_ELEMENTS.has(name)) tokens.push(`</${name}>`);
      continue;
    }
    const attrs = normaliseAttributes(attributes ?? "");
    tokens.push(attrs ? `<${name} ${attrs}>` : `<${name}>`);
    if (selfClosing && !VOID_ELEMENTS.has(name)) tokens.push(`</${name}>`);
  }
  return tokens;
}
