// pglite-prisma-adapter 0.6.1 reports database errors in the format of the older
// @prisma/driver-adapter-utils it pins ({kind: "postgres", code}), which Prisma 6.19 no longer
// maps: a unique violation would surface as a bare DriverAdapterError instead of P2002. This
// wraps the adapter and translates those errors into 6.19's kinds, so the embedded database
// reports constraint violations exactly as PostgreSQL through @prisma/adapter-pg does.

interface LegacyCause {
  kind: string;
  code?: string;
  message?: string;
  detail?: string;
  column?: string;
}

function modernCause(cause: LegacyCause): object {
  const fields = cause.detail?.match(/Key \(([^)]+)\)/)?.[1]?.split(", ");
  const base = { originalCode: cause.code, originalMessage: cause.message };
  switch (cause.code) {
    case "23505":
      return { ...base, kind: "UniqueConstraintViolation", constraint: fields ? { fields } : undefined };
    case "23502":
      return { ...base, kind: "NullConstraintViolation", constraint: cause.column ? { fields: [cause.column] } : undefined };
    case "23503":
    case "23001":
      return { ...base, kind: "ForeignKeyConstraintViolation", constraint: cause.column ? { fields: [cause.column] } : undefined };
    case "22001":
      return { ...base, kind: "LengthMismatch", column: cause.column };
    case "40001":
      return { ...base, kind: "TransactionWriteConflict" };
    default:
      return { ...base, kind: "postgres", code: cause.code ?? "UNKNOWN", severity: "ERROR", message: cause.message ?? "", detail: cause.detail };
  }
}

const TRANSLATED = new Set(["queryRaw", "executeRaw", "executeScript", "startTransaction", "commit", "rollback"]);

function translating<T extends object>(target: T): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (typeof value !== "function") return value;
      if (!TRANSLATED.has(String(property))) return value.bind(object);
      return async (...args: unknown[]) => {
        try {
          const result = await value.apply(object, args);
          return property === "startTransaction" ? translating(result) : result;
        } catch (error) {
          const e = error as { name?: string; cause?: LegacyCause };
          if (e?.name === "DriverAdapterError" && e.cause?.kind === "postgres") e.cause = modernCause(e.cause) as LegacyCause;
          throw error;
        }
      };
    },
  });
}

/** The adapter factory, with every connection's errors translated. */
export function withPrismaErrors<F extends { connect(): Promise<object> }>(factory: F): F {
  return new Proxy(factory, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (property === "connect") return async () => translating(await object.connect());
      return typeof value === "function" ? value.bind(object) : value;
    },
  });
}
