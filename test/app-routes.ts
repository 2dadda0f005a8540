// The app's routes as its folders give them, read from app/ (for the tests: the route-existence
// checks in lib/http/page-rules.test.ts and e2e/route-existence.spec.ts).
import fs from "node:fs";
import path from "node:path";

const APP = path.join(process.cwd(), "app");

const isGroup = (name: string) => /^\(.+\)$/.test(name);
export const isDynamic = (name: string) => /^\[[^\]]+\]$/.test(name);

/** Every file under app/ with this name, as paths relative to app/ ("(support)/support/staff/[id]/page.tsx"). */
export function appFiles(fileName: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(APP, dir), { withFileTypes: true })) {
      const relative = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(relative);
      else if (entry.name === fileName) found.push(relative);
    }
  };
  walk("");
  return found.sort();
}

/** A folder of app/ as the route it serves: route groups left out ("/support/staff/[id]"). */
export function routeOf(folder: string): string {
  const segments = folder.split("/").filter((segment) => segment && !isGroup(segment));
  return `/${segments.join("/")}`;
}

/** Every page whose address has a parameter ("[id]", not a catch-all), by route. */
export function dynamicPages(): { route: string; folder: string }[] {
  return appFiles("page.tsx")
    .map((file) => path.posix.dirname(file))
    .filter((folder) => folder.split("/").some(isDynamic))
    .map((folder) => ({ route: routeOf(folder), folder }));
}

/** Folders beside a dynamic folder that are routes of their own ("new" beside "[id]"). */
export function staticSiblings(dynamicFolder: string): string[] {
  const parent = path.join(APP, path.posix.dirname(dynamicFolder));
  return fs
    .readdirSync(parent, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !isDynamic(entry.name) && !isGroup(entry.name))
    .map((entry) => entry.name)
    .sort();
}
