// Keys for the machine APIs: random, shown once, stored hashed, with a name and scopes.
import "server-only";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { API_SCOPES, type ApiScope } from "@/lib/validation/api";
import { generateToken, hashToken } from "./tokens";

export const isApiScope = (value: string): value is ApiScope => (API_SCOPES as readonly string[]).includes(value);

const KEY_PREFIX = "aytq_";

/** A new key, audited as made by `actor` (an admin, or the command line). The key is returned once. */
export async function createApiKey(input: { name: string; scopes: ApiScope[]; actor?: string }): Promise<{ id: string; key: string }> {
  const key = `${KEY_PREFIX}${generateToken()}`;
  const prisma = await db();
  const { id } = await prisma.$transaction(async (tx) => {
    const created = await tx.apiKey.create({ data: { name: input.name, scopes: input.scopes, keyHash: hashToken(key) }, select: { id: true } });
    await recordAudit(tx, {
      actor: input.actor ?? "system:api-key-cli",
      action: "api-key.created",
      after: { id: created.id, name: input.name, scopes: input.scopes },
    });
    return created;
  });
  return { id, key };
}

/** Revokes every active key with this name or id; returns how many. */
export async function revokeApiKey(nameOrId: string, actor = "system:api-key-cli"): Promise<number> {
  const prisma = await db();
  const isId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(nameOrId);
  return prisma.$transaction(async (tx) => {
    const where = { revokedAt: null, ...(isId ? { id: nameOrId } : { name: nameOrId }) };
    const keys = await tx.apiKey.findMany({ where, select: { id: true, name: true } });
    const { count } = await tx.apiKey.updateMany({ where: { id: { in: keys.map((k) => k.id) } }, data: { revokedAt: new Date() } });
    for (const key of keys) await recordAudit(tx, { actor, action: "api-key.revoked", after: { id: key.id, name: key.name } });
    return count;
  });
}

export async function listApiKeys() {
  const prisma = await db();
  return prisma.apiKey.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, scopes: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}

/** A key that still works, by id (for the console's "are you sure" page), or null. */
export async function activeApiKey(id: string) {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
  return (await db()).apiKey.findFirst({ where: { id, revokedAt: null }, select: { id: true, name: true, scopes: true, lastUsedAt: true } });
}

export type ApiAuthResult = { ok: true; keyName: string } | { ok: false; status: 401 | 403; message: string };

/** Checks `Authorization: Bearer <key>` and that the key has the scope. */
export async function authenticateApiKey(authorization: string | null, scope: ApiScope): Promise<ApiAuthResult> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? "");
  if (!match) return { ok: false, status: 401, message: "Send an API key as Authorization: Bearer <key>" };
  const prisma = await db();
  const key = await prisma.apiKey.findUnique({ where: { keyHash: hashToken(match[1]!) } });
  if (!key || key.revokedAt) return { ok: false, status: 401, message: "The API key is not valid" };
  if (!key.scopes.includes(scope)) return { ok: false, status: 403, message: `The API key does not have the ${scope} scope` };
  // To the minute (the console shows the day): a write on every call would make each API
  // request, good or bad, queue on the key's one row.
  const now = new Date();
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > 60_000) {
    await prisma.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: now } });
  }
  return { ok: true, keyName: key.name };
}

/** Seeded outside production only, so `npm run dev` can call the APIs; documented in docs/architecture/intake-api.md. */
export const DEVELOPMENT_API_KEY = "aytq_development_key_for_local_use_only";
