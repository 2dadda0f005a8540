export { db, connection, disconnect, type Db } from "./client";
export * from "./generated/client";
