// Runs before every test file (vitest.config.ts setupFiles); keep it cheap.
//
// A file that has not asked for a database must never reach the developer's own (the embedded
// .data/pglite, or DATABASE_URL): db() there fails and says what to do. Written straight into
// lib/db/client.ts's process-wide slot so that unit test files need not load Prisma;
// useTestDatabase() replaces it (test/no-database.test.ts checks the two still fit).
const noDatabase: PromiseLike<never> = {
  then(_onFulfilled, onRejected) {
    const error = new Error(
      "This test file has no database. Call useTestDatabase() from test/database.ts at the top of the file " +
        "to get a fresh migrated one (or mock the module that needs it).",
    );
    return Promise.reject(error).then(undefined, onRejected);
  },
};

(globalThis as { __aytqDb?: PromiseLike<unknown> }).__aytqDb ??= noDatabase;
