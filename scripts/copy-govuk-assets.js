// postinstall: GOV.UK Frontend's fonts, images and JavaScript are served by the app itself
// (Turbopack cannot resolve the CSS's /assets/ URLs from the package).
import fs from "node:fs";
import path from "node:path";

const dist = path.join("node_modules", "govuk-frontend", "dist", "govuk");
const target = path.join("public", "assets");
fs.rmSync(target, { recursive: true, force: true });
fs.cpSync(path.join(dist, "assets"), target, { recursive: true });
fs.copyFileSync(path.join(dist, "govuk-frontend.min.js"), path.join(target, "govuk-frontend.min.js"));
console.log(`Copied GOV.UK Frontend assets to ${target}`);
