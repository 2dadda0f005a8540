// Placeholder: replaced by the research personas.
import type { PrismaClient } from "../lib/db/generated/client";
export async function isSeeded(prisma: PrismaClient) { return (await prisma.teachingRecord.count()) > 0; }
export async function seed(_prisma: PrismaClient, _today = new Date()) {}
