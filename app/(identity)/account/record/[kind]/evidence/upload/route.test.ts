// The evidence upload, as the browser posts it (JavaScript on or off: a plain form post), on a
// real database: every size sent gets a page to show (a 303 back with the problem), never a
// 500; a photo is stored smaller; the eleventh upload in an hour is refused.
import sharp from "sharp";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { saveDraftValue } from "@/lib/dqt/change-requests";
import { MAX_UPLOAD_BODY_BYTES } from "@/lib/dqt/evidence";
import { sessionFor } from "@/lib/identity/test-sessions";
import { useTestDatabase } from "@/test/database";
import { request } from "@/test/next-request";
import { POST } from "./route";

vi.mock("next/headers", async () => (await import("@/test/next-request")).nextHeadersMock);

const database = useTestDatabase();
const ORIGIN = "http://localhost:3000";
const URL_ = `${ORIGIN}/account/record/name/evidence/upload`;

beforeEach(async () => {
  await database.truncate();
  await database.prisma.teachingRecord.create({ data: { trn: "5000021", firstName: "Kemi", lastName: "Bello", dateOfBirth: new Date("1995-03-02") } });
  const account = await database.prisma.identityAccount.create({ data: { email: "kemi@example.com", firstName: "Kemi", lastName: "Bello", trn: "5000021" } });
  await saveDraftValue(
    { id: account.id, trn: "5000021", email: account.email, firstName: "Kemi" },
    { kind: "NAME", firstName: "Kemi", middleName: null, lastName: "Smith" },
  );
  const cookie = await sessionFor(account.id);
  request.reset({ headers: { host: "localhost:3000" }, cookies: { [cookie.name]: cookie.value } });
});

function upload(file: File | null, headers: Record<string, string> = {}) {
  const form = new FormData();
  if (file) form.set("evidence", file);
  else form.set("evidence", new File([], "", { type: "application/octet-stream" }));
  return POST(new Request(URL_, { method: "POST", headers: { origin: ORIGIN, host: "localhost:3000", ...headers }, body: form }), {
    params: Promise.resolve({ kind: "name" }),
  });
}

async function photo(): Promise<File> {
  const pixels = Buffer.alloc(3000 * 2000 * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = Math.floor(Math.random() * 60);
  const jpeg = await sharp(pixels, { raw: { width: 3000, height: 2000, channels: 3 } })
    .jpeg({ quality: 95 })
    .toBuffer();
  return new File([new Uint8Array(jpeg)], "IMG_0001.JPG", { type: "image/jpeg" });
}

const stored = () => database.prisma.changeRequestEvidence.findFirst({ select: { size: true, contentType: true, fileName: true } });

describe("POST /account/record/name/evidence/upload", () => {
  it("stores a photo smaller than it came and goes on to check your answers", async () => {
    const file = await photo();
    const response = await upload(file);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/account/record/name/check");
    const evidence = await stored();
    expect(evidence).toMatchObject({ contentType: "image/jpeg", fileName: "IMG_0001.jpg" });
    expect(evidence!.size).toBeLessThan(file.size);
  });

  it.each([
    ["no file chosen", null, "missing"],
    ["an empty file", new File([], "empty.pdf", { type: "application/pdf" }), "empty"],
    ["an iPhone's HEIC photo", new File([Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from("ftypheicmif1heic"), Buffer.alloc(300)])], "IMG.HEIC"), "heic"],
    ["a 21 MB file", new File([Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(21 * 1024 * 1024)])], "big.jpg"), "too-big"],
  ])("%s: back to the page with the problem, nothing stored", async (_label, file, problem) => {
    const response = await upload(file);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/account/record/name/evidence?error=${problem}`);
    expect(await stored()).toBeNull();
  });

  it("a body declared larger than any upload is refused by its length, unread", async () => {
    const response = await upload(new File(["x"], "a.pdf"), { "content-length": String(MAX_UPLOAD_BODY_BYTES + 1) });
    expect(response.headers.get("location")).toBe("/account/record/name/evidence?error=too-big");
  });

  it("the eleventh file in an hour is refused", async () => {
    const pdf = () => new File(["%PDF-1.4\n%%EOF\n"], "deed.pdf", { type: "application/pdf" });
    for (let i = 0; i < 10; i++) expect((await upload(pdf())).headers.get("location")).toBe("/account/record/name/check");
    expect((await upload(pdf())).headers.get("location")).toBe("/account/record/name/evidence?error=too-many");
  });

  it("refuses a post from another site, and asks someone signed out to sign in", async () => {
    const foreign = await POST(
      new Request(URL_, { method: "POST", headers: { origin: "https://evil.example", host: "localhost:3000" }, body: new FormData() }),
      {
        params: Promise.resolve({ kind: "name" }),
      },
    );
    expect(foreign.status).toBe(403);
    request.reset({ headers: { host: "localhost:3000" } });
    const response = await upload(await photo());
    expect(response.headers.get("location")).toBe("/sign-in?returnTo=%2Faccount%2Frecord%2Fname%2Fevidence");
    expect(await stored()).toBeNull();
  });
});
