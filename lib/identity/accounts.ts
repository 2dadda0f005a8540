// Facts about DfE Identity accounts that several journeys ask.
import "server-only";
import { db } from "@/lib/db";

/** Another account (not `exceptAccountId`) already uses this address. Addresses are stored lower-case. */
export async function emailInUse(email: string, exceptAccountId?: string): Promise<boolean> {
  const found = await (await db()).identityAccount.findUnique({ where: { email: email.toLowerCase() }, select: { id: true } });
  return found !== null && found.id !== exceptAccountId;
}
