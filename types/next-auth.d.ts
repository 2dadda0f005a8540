import "next-auth";

declare module "next-auth" {
  interface Session {
    /** The signed-in DfE Identity account. */
    accountId: string;
  }
}
