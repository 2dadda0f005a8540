/** Where the check page sends an address over its limit; proxy.ts answers it with status 429. */
export const TOO_MANY_CHECKS_PATH = "/check-a-certificate/too-many-checks";
