// A database outage, for real: the test database is closed under the running code. proxy.ts then
// answers every page that needs the database with 503 and GOV.UK's problem page (real HTML, not
// the empty body Next sends when a page throws), the APIs with 503 JSON, and leaves the pages
// that need no database alone. The answer is asked again each second, so it clears by itself.
import { NextRequest } from "next/server";
import { afterAll, describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { useTestDatabase } from "@/test/database";
import { databaseAnsweredRecently, forgetDatabaseAnswer } from "./health";

const database = useTestDatabase();
afterAll(forgetDatabaseAnswer);

const visit = (url: string) => proxy(new NextRequest(`http://localhost${url}`));

describe("while the database does not answer", () => {
  it("asks at most once a second, and asks again after that", async () => {
    forgetDatabaseAnswer();
    const first = databaseAnsweredRecently(1_000);
    expect(databaseAnsweredRecently(1_500)).toBe(first);
    expect(databaseAnsweredRecently(2_000)).not.toBe(first);
    expect(await first).toBe(true);
  });

  it("pages answer 503 with the problem page; the APIs 503 JSON; the cookies page still works", async () => {
    forgetDatabaseAnswer();
    expect((await visit("/qualifications")).headers.get("x-middleware-next")).toBe("1");

    await database.close();
    forgetDatabaseAnswer();
    // No server here to draw the problem page (journeys and `npm run load -- --fault db` have
    // one): the plain-text answer it falls back to, with the same status.
    for (const url of ["/qualifications", "/account", "/sign-in", "/support"]) {
      const response = await visit(url);
      expect(response.status, url).toBe(503);
      expect(await response.text()).toBe("Sorry, there is a problem with the service. Try again later.");
      expect(response.headers.get("retry-after")).toBe("30");
    }
    const api = await visit("/api/v1/qts-awards");
    expect(api.status).toBe(503);
    expect(await api.json()).toEqual({ errors: [{ field: "service", message: "The service is unavailable. Try again later." }] });
    for (const url of ["/cookies", "/api/health"]) expect((await visit(url)).headers.get("x-middleware-next"), url).toBe("1");
  });
});
