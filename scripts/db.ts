// Database commands: npm run db:migrate | db:seed | db:reset | db:prepare (see README).
import "./load-env";
import { env, EnvError } from "../lib/env";
import { connection, disconnect } from "../lib/db/client";
import { dropEverything, migrate } from "../lib/db/migrate";
import { DatabaseInUseError } from "../lib/db/pglite";
import { isSeeded, seed } from "../lib/research/personas/seed";

const commands: Record<string, () => Promise<void>> = {
  async migrate() {
    const applied = await migrate((await connection()).sql);
    console.log(applied.length ? `Applied ${applied.join(", ")}` : "The database is up to date.");
  },
  async seed() {
    refuseInProduction("seed");
    await seed((await connection()).prisma);
    console.log("Seeded the research personas.");
  },
  async reset() {
    refuseInProduction("reset");
    const { sql, prisma } = await connection();
    await dropEverything(sql);
    await migrate(sql);
    await seed(prisma);
    console.log("The database was reset to the research personas.");
  },
  // Used by `npm run dev`, `npm start` and the journey tests: migrate, and seed a database
  // that is new (never the live service's: personas are for development, tests and previews).
  async prepare() {
    const { sql, prisma } = await connection();
    await migrate(sql);
    if (env().APP_ENV !== "production" && !(await isSeeded(prisma))) {
      await seed(prisma);
      console.log("Seeded the research personas into a new database.");
    }
  },
};

function refuseInProduction(command: string) {
  if (env().APP_ENV === "production") throw new EnvError(`db:${command} loads fictional personas: it never runs with APP_ENV=production.`);
}

async function main() {
  const name = process.argv[2] ?? "";
  const command = commands[name];
  if (!command) {
    console.error(`Usage: tsx scripts/db.ts ${Object.keys(commands).join("|")}`);
    process.exit(2);
  }
  const where = env().DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `the embedded database in ${env().PGLITE_DIR}`;
  console.log(`db:${name} on ${where}`);
  await command();
}

main()
  .then(() => disconnect())
  .catch(async (error) => {
    if (error instanceof DatabaseInUseError || error instanceof EnvError) console.error(error.message);
    else console.error(error);
    await disconnect().catch(() => {});
    process.exit(1);
  });
