// The journey-test session fixture exists only with APP_ENV=test.
import { afterEach, describe, expect, it, vi } from "vitest";
import { forgetEnvForTests } from "@/lib/env";
import { useTestDatabase } from "@/test/database";
import { PREVIEW_ENV } from "@/test/production-env";
import { POST } from "@/app/api/testing/sessions/route";

const database = useTestDatabase();

afterEach(() => {
  vi.unstubAllEnvs();
  forgetEnvForTests();
});

const ask = (email: unknown) => POST(new Request("http://localhost/api/testing/sessions", { method: "POST", body: JSON.stringify({ email }) }));

describe("POST /api/testing/sessions", () => {
  it("hands out a session cookie for an account in tests", async () => {
    await database.prisma.identityAccount.create({ data: { email: "fixture@example.com", firstName: "Fi", lastName: "Xture" } });
    const response = await ask("fixture@example.com");
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ name: "next-auth.session-token" });
    expect((await ask("nobody@example.com")).status).toBe(404);
    expect((await ask(42)).status).toBe(400);
  });

  it.each(["development", "preview"])("does not exist with APP_ENV=%s", async (appEnv) => {
    // A preview runs only with its own secrets.
    for (const [name, value] of Object.entries(appEnv === "preview" ? PREVIEW_ENV : { APP_ENV: appEnv })) vi.stubEnv(name, value);
    forgetEnvForTests();
    const before = await database.prisma.session.count();
    expect((await ask("fixture@example.com")).status).toBe(404);
    expect(await database.prisma.session.count()).toBe(before);
  });
});
