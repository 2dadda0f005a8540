// The certificate's artwork (the lockup's crest, the signature) from SVG files in
// assets/certificate, so that the authorised versions replace the placeholders without a code
// change (assets/certificate/README.md). Read and parsed once per process. The loader reads only
// the plain subset the README asks for: a viewBox, then <path> and <circle> with colours as
// attributes; anything it cannot draw is an error at the first render, not a missing mark.
import fs from "node:fs";
import path from "node:path";

export interface ArtworkShape {
  kind: "path" | "circle";
  /** The element's attributes: d or cx/cy/r, fill, stroke and stroke-*. */
  attributes: Record<string, string>;
}

export interface Artwork {
  viewBox: string;
  shapes: ArtworkShape[];
}

export type ArtworkName = "crest" | "signature";

const ALLOWED_ELEMENTS = new Set(["svg", "path", "circle", "title", "desc"]);

export function parseArtwork(svg: string, source = "artwork"): Artwork {
  const withoutComments = svg.replace(/<!--[\s\S]*?-->/g, "").replace(/<\?xml[\s\S]*?\?>/g, "");
  const viewBox = /<svg\b[^>]*\bviewBox="([^"]+)"/.exec(withoutComments)?.[1];
  if (!viewBox) throw new Error(`${source}: the <svg> has no viewBox`);
  const shapes: ArtworkShape[] = [];
  for (const [, name = "", body = ""] of withoutComments.matchAll(/<([a-zA-Z][\w:-]*)\b([^>]*)>/g)) {
    if (!ALLOWED_ELEMENTS.has(name)) throw new Error(`${source}: <${name}> cannot be drawn; see assets/certificate/README.md`);
    if (name !== "path" && name !== "circle") continue;
    const attributes = Object.fromEntries([...body.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, key = "", value = ""]) => [key, value]));
    shapes.push({ kind: name, attributes });
  }
  if (shapes.length === 0) throw new Error(`${source}: nothing to draw`);
  return { viewBox, shapes };
}

export function artworkFile(name: ArtworkName): string {
  // From the working directory, as the fonts are (fonts.ts).
  return path.join(process.cwd(), "assets", "certificate", `${name}.svg`);
}

const globalForArtwork = globalThis as unknown as { __aytqCertificateArtwork?: Map<ArtworkName, Artwork> };

export function artwork(name: ArtworkName): Artwork {
  const loaded = (globalForArtwork.__aytqCertificateArtwork ??= new Map());
  let found = loaded.get(name);
  if (!found) {
    const file = artworkFile(name);
    found = parseArtwork(fs.readFileSync(file, "utf8"), file);
    loaded.set(name, found);
  }
  return found;
}
