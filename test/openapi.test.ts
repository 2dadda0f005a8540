// docs/api/openapi.json describes the intake API as the route handlers run it: every handler under
// app/api/v1 is in it and nothing else is, each request body is the JSON Schema of the zod schema
// its handler reads with (descriptions aside), and each operation names exactly the statuses the
// handler and lib/api/json.ts can answer. A handler elsewhere under app/api is outside the intake
// API only with a reason written here.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as apiSchemas from "@/lib/validation/api";

const root = process.cwd();
const DOCUMENT = "docs/api/openapi.json";
const INTAKE = "app/api/v1";
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Handlers under app/api that are not the intake API, and why. */
const NOT_THE_INTAKE_API: Readonly<Record<string, string>> = {
  "/api/auth/[...nextauth]": "next-auth's own sign-in routes, for browsers",
  "/api/health": "the load balancer's health check (docs/deployment.md)",
  "/api/testing/certificates": "the journey tests' set-up, APP_ENV=test only",
  "/api/testing/change-requests": "the journey tests' set-up, APP_ENV=test only",
  "/api/testing/record-names": "the journey tests' set-up, APP_ENV=test only",
  "/api/testing/sessions": "the journey tests' set-up, APP_ENV=test only",
  "/api/testing/snapshots": "the generated attack's no-write check, APP_ENV=test only",
  "/api/testing/staff": "the generated attack's own member of staff, APP_ENV=test only",
  "/api/testing/teachers": "the journey tests' set-up, APP_ENV=test only",
  "/api/testing/traces": "the generated attack's no-write check, APP_ENV=test only",
};

interface Handler {
  route: string;
  file: string;
  source: string;
  methods: string[];
}

function routeHandlers(dir = "app/api"): Handler[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return routeHandlers(file);
    if (!/^route\.tsx?$/.test(entry.name)) return [];
    const source = fs.readFileSync(path.join(root, file), "utf8");
    const methods = METHODS.filter((method) => new RegExp(`export (?:async )?function ${method}\\b|as ${method}\\b`).test(source));
    return [{ route: `/${path.posix.dirname(file).replace(/^app\//, "")}`, file, source, methods: [...methods] }];
  });
}

type Json = Record<string, unknown>;
const document = JSON.parse(fs.readFileSync(path.join(root, DOCUMENT), "utf8")) as {
  openapi: string;
  paths: Record<string, Record<string, Json>>;
  components: { schemas: Record<string, Json> };
};

/** A schema of the document with its $ref followed and its descriptions and examples left out. */
function resolved(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(resolved);
  if (!schema || typeof schema !== "object") return schema;
  const ref = (schema as Json).$ref;
  if (typeof ref === "string") return resolved(document.components.schemas[ref.replace("#/components/schemas/", "")]);
  return Object.fromEntries(
    Object.entries(schema as Json)
      .filter(([key]) => key !== "description" && key !== "examples")
      .map(([key, value]) => [key, resolved(value)]),
  );
}

/** The JSON Schema of what a zod schema accepts, as the document writes it (no $schema line). */
function jsonSchemaOf(schema: z.ZodType): unknown {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Json;
  return rest;
}

const statusesIn = (source: string) => [...source.matchAll(/\bjson(?:Error)?\((\d{3})\b/g)].map((match) => match[1]!);

// What every handler reading with readApiRequest can answer besides its own: lib/api/json.ts's
// statuses (400, 413) and the key's (401, 403: lib/identity/api-keys.ts).
const readApiRequestStatuses = () => {
  const json = fs.readFileSync(path.join(root, "lib/api/json.ts"), "utf8");
  const keys = fs.readFileSync(path.join(root, "lib/identity/api-keys.ts"), "utf8");
  return [...statusesIn(json), ...[...keys.matchAll(/status: (\d{3})\b/g)].map((match) => match[1]!)];
};

const handlers = routeHandlers();
const intake = handlers.filter((handler) => handler.file.startsWith(`${INTAKE}/`));
const operations = Object.entries(document.paths).flatMap(([route, item]) =>
  Object.entries(item).map(([method, operation]) => ({ route, method: method.toUpperCase(), operation })),
);

describe(DOCUMENT, () => {
  it("is OpenAPI 3.1, linked from docs/architecture/intake-api.md", () => {
    expect(document.openapi).toMatch(/^3\.1\.\d+$/);
    expect(fs.readFileSync(path.join(root, "docs/architecture/intake-api.md"), "utf8")).toContain("../api/openapi.json");
  });

  it("describes every handler under app/api/v1, and nothing that is not one", () => {
    expect(intake.length).toBeGreaterThan(0);
    const handled = intake.flatMap((handler) => handler.methods.map((method) => `${method} ${handler.route}`)).sort();
    expect(operations.map(({ method, route }) => `${method} ${route}`).sort()).toEqual(handled);
  });

  it("leaves out only the handlers listed with a reason", () => {
    const others = handlers.filter((handler) => !handler.file.startsWith(`${INTAKE}/`)).map((handler) => handler.route);
    expect(others.sort()).toEqual(Object.keys(NOT_THE_INTAKE_API).sort());
  });

  for (const handler of intake) {
    describe(handler.route, () => {
      const read = /readApiRequest\(request, "([^"]+)", (\w+)\)/.exec(handler.source);
      const operation = () => document.paths[handler.route]!.post!;

      it("takes the body its zod schema takes, and names the key's scope", () => {
        expect(read, `${handler.file} reads its body with readApiRequest`).not.toBeNull();
        const [, scope, schemaName] = read!;
        const schema = (apiSchemas as Record<string, unknown>)[schemaName!];
        expect(schema, `${schemaName} in lib/validation/api.ts`).toBeInstanceOf(z.ZodType);
        const body = (operation().requestBody as { content: Record<string, { schema: unknown }> }).content["application/json"]!.schema;
        expect(resolved(body)).toEqual(jsonSchemaOf(schema as z.ZodType));
        expect(operation().description).toContain(`Scope \`${scope}\``);
      });

      it("names exactly the statuses it answers", () => {
        const answered = new Set([...statusesIn(handler.source), ...(read ? readApiRequestStatuses() : [])]);
        expect(Object.keys(operation().responses as Json).sort()).toEqual([...answered].sort());
      });
    });
  }
});
