// The in-app mailbox exists outside production only: in production its pages answer 404.
import { afterEach, describe, expect, it, vi } from "vitest";
import { forgetEnvForTests } from "@/lib/env";
import { useTestDatabase } from "@/test/database";
import { enqueueEmail } from "./outbox";
import { linksIn, listMailbox, mailboxEnabled, mailboxMessage } from "./mailbox";

const database = useTestDatabase();

afterEach(() => {
  vi.unstubAllEnvs();
  forgetEnvForTests();
});

function asProduction() {
  vi.stubEnv("APP_ENV", "production");
  vi.stubEnv("DATABASE_URL", "postgres://unused.invalid/aytq");
  vi.stubEnv("NEXTAUTH_SECRET", "a-production-secret-of-at-least-32-chars");
  vi.stubEnv("RESEND_API_KEY", "re_test");
  vi.stubEnv("APP_URL", "https://aytq.example.com");
  vi.stubEnv("TOKEN_HASH_SECRET", "a-production-token-hash-secret-of-32-chars");
  vi.stubEnv("OUTBOX_ENCRYPTION_KEYS", "cHJvZHVjdGlvbi1vdXRib3gta2V5LWZvci10ZXN0cyE=");
  forgetEnvForTests();
}

/** The HTTP status Next.js answers when a page throws notFound(). */
async function statusOf(render: () => Promise<unknown>): Promise<number> {
  try {
    await render();
    return 200;
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;")) return Number(digest.split(";")[1]);
    throw error;
  }
}

describe("the mailbox", () => {
  it("lists and shows messages outside production", async () => {
    const { id } = await database.prisma.$transaction((tx) =>
      enqueueEmail(tx, {
        to: "amara.okafor@example.com",
        template: "sign-in",
        data: { link: "http://localhost:3000/x?a=1&b=2", code: "123456", expiresInMinutes: 15 },
      }),
    );
    expect(mailboxEnabled()).toBe(true);
    const { default: MailboxPage } = await import("@/app/mailbox/page");
    const { default: MessagePage } = await import("@/app/mailbox/[id]/page");
    expect(await statusOf(() => MailboxPage({ searchParams: Promise.resolve({}) }))).toBe(200);
    expect(await statusOf(() => MessagePage({ params: Promise.resolve({ id }) }))).toBe(200);
    expect(await statusOf(() => MessagePage({ params: Promise.resolve({ id: "not-an-id" }) }))).toBe(404);
  });

  it("shows a message whose secrets were erased once it was sent, without its links", async () => {
    const { id } = await database.prisma.$transaction((tx) =>
      enqueueEmail(tx, {
        to: "amara.okafor@example.com",
        template: "sign-in",
        data: { link: "http://localhost:3000/x?token=secret-token", code: "654321", expiresInMinutes: 15 },
      }),
    );
    const open = await mailboxMessage(id);
    expect(open).toMatchObject({ erased: false });
    expect(open!.rendered.text).toContain("654321");
    expect(open!.links.map((link) => link.href)).toContain("http://localhost:3000/x?token=secret-token");

    await database.prisma.outboxMessage.update({ where: { id }, data: { status: "SENT", sealedData: null } });
    const erased = await mailboxMessage(id);
    expect(erased).toMatchObject({ erased: true, links: [] });
    expect(erased!.rendered.text).not.toContain("654321");
    expect(erased!.rendered.html).not.toContain("secret-token");
    expect((await listMailbox({ to: "amara.okafor@example.com" })).map((m) => m.id)).toContain(id);
    const { default: MessagePage } = await import("@/app/mailbox/[id]/page");
    expect(await statusOf(() => MessagePage({ params: Promise.resolve({ id }) }))).toBe(200);
  });

  it("lists nothing for an address no email could have, NUL and a lone surrogate among them", async () => {
    for (const to of ["\u0000", "amara.okafor@example.com\u0000", "\ud800", "\uffff"]) expect(await listMailbox({ to }), JSON.stringify(to)).toEqual([]);
  });

  it("answers 404 in production, pages and HTML alike", async () => {
    const { id } = await database.prisma.outboxMessage.findFirstOrThrow();
    asProduction();
    expect(mailboxEnabled()).toBe(false);
    const { default: MailboxPage } = await import("@/app/mailbox/page");
    const { default: MessagePage } = await import("@/app/mailbox/[id]/page");
    const { GET } = await import("@/app/mailbox/[id]/html/route");
    expect(await statusOf(() => MailboxPage({ searchParams: Promise.resolve({}) }))).toBe(404);
    expect(await statusOf(() => MessagePage({ params: Promise.resolve({ id }) }))).toBe(404);
    expect((await GET(new Request("http://localhost/"), { params: Promise.resolve({ id }) })).status).toBe(404);
  });

  it("finds an email's links, entities decoded", () => {
    expect(linksIn('<p><a href="http://x/y?a=1&amp;b=2" style="c">Sign <b>in</b></a></p>')).toEqual([{ href: "http://x/y?a=1&b=2", text: "Sign in" }]);
  });
});
