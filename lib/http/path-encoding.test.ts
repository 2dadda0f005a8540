// A malformed percent-escape in an address is the GOV.UK 404 page (proxy.ts), never the 500
// that Next.js's own decoding of a dynamic segment would give.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { hasMalformedEscape } from "./path-encoding";

describe("hasMalformedEscape", () => {
  it("finds escapes that do not decode to UTF-8", () => {
    for (const bad of [
      "/qualifications/certificates/%C0%AE",
      "/qualifications/certificates/%E0%A4%A",
      "/x/%",
      "/x/%zz",
      "/x/%ED%A0%80",
      "/account/requests/%FF",
    ]) {
      expect(hasMalformedEscape(bad), bad).toBe(true);
    }
  });

  it("leaves plain and well-formed addresses alone", () => {
    for (const good of ["/qualifications/certificates/qts", "/qualifications/certificates/npq/%E0%A4%A8", "/support/teachers/3000001", "/a%20b", "/%2F"]) {
      expect(hasMalformedEscape(good), good).toBe(false);
    }
  });
});

describe("proxy.ts", () => {
  it.each(["/qualifications/certificates/%C0%AE", "/qualifications/certificates/%E0%A4%A", "/qualifications/certificates/npq/%C0%AE"])(
    "answers the GOV.UK 404 page for %s",
    async (path) => {
      const response = await proxy(new NextRequest(`http://localhost${path}`));
      expect(response.status).toBe(404);
      expect(new URL(response.headers.get("x-middleware-rewrite")!).pathname).toBe("/_not-found");
    },
  );

  // Past this check the proxy asks the database, which this file has none of (a 503 here).
  it("does not answer a well-formed certificate address 404", async () => {
    const response = await proxy(new NextRequest("http://localhost/qualifications/certificates/qts"));
    expect(response.status).not.toBe(404);
    expect(response.headers.get("x-middleware-rewrite") ?? "").not.toMatch(/_not-found/);
  });
});
