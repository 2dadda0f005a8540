// Creating and dropping the test databases on a PostgreSQL server.
import pg from "pg";

/** Creates a database, copied from `template` (template0, an empty database, by default). */
export async function createDatabase(serverUrl: string, database: string, template = "template0"): Promise<void> {
  await admin(serverUrl, (client) => client.query(`CREATE DATABASE ${quote(database)} TEMPLATE ${quote(template)}`));
}

export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  await admin(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quote(database)} WITH (FORCE)`));
}

/** Runs fn on a short-lived connection to the server's maintenance database (the URL's own). */
async function admin<T>(serverUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;
