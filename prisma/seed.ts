// The seed as a script (`tsx prisma/seed.ts`): the same as `npm run db:seed`. The personas, staff
// and the seed itself live in lib/research/personas/, where the app's research mode uses them too.
process.argv.splice(2, Infinity, "seed");
await import("../scripts/db");

export {};
