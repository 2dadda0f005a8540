// Server-action posts Next.js would answer 500: refused 403 (another site) or 400 (a body its
// decoder cannot read). Well-formed ones, as React encodes them, go through untouched.
import { describe, expect, it } from "vitest";
// The encoder Next's own script uses for a server action's arguments (JavaScript on).
// @ts-expect-error -- Next's compiled copy of React's Flight client has no type declarations.
import { encodeReply } from "next/dist/compiled/react-server-dom-webpack/client.edge";
import { isSameOrigin } from "@/lib/http/origin";
import { actionRequestProblem, formBodyProblem } from "./action-requests";

const PAGE = "http://localhost:3000/sign-in";
const SAME_SITE = { origin: "http://localhost:3000", host: "localhost:3000" };

function post(body: BodyInit, headers: Record<string, string> = {}) {
  return new Request(PAGE, { method: "POST", body, headers: { ...SAME_SITE, ...headers } });
}

function noScriptForm(fields: Record<string, string>) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return form;
}

const BOUND = {
  $ACTION_REF_1: "",
  "$ACTION_1:0": JSON.stringify({ id: "7fbce77e", bound: "$@1" }),
  "$ACTION_1:1": JSON.stringify([{ errors: [], values: {} }]),
};

describe("server-action posts", () => {
  it("lets through what Next's script and a form without JavaScript send", async () => {
    const fields = new FormData();
    fields.append("email", "tomasz.nowak@example.com");
    const encoded = (await encodeReply([{ errors: [], values: {} }, fields])) as FormData;
    expect(await actionRequestProblem(post(encoded, { "next-action": "7fbce77e" }), isSameOrigin)).toBeNull();
    const plain = (await encodeReply(["a", 1])) as string;
    expect(await actionRequestProblem(post(plain, { "next-action": "7fbce77e", "content-type": "text/plain;charset=UTF-8" }), isSameOrigin)).toBeNull();
    expect(await actionRequestProblem(post(noScriptForm({ ...BOUND, email: "a@example.com" })), isSameOrigin)).toBeNull();
    expect(await actionRequestProblem(post(noScriptForm({ $ACTION_ID_7fbce77e: "", email: "a@example.com" })), isSameOrigin)).toBeNull();
  });

  it("refuses one from another site, or with no Origin, with 403, and any other form from another site", async () => {
    expect((await actionRequestProblem(post(noScriptForm({ email: "a@example.com" }), { origin: "https://evil.example" }), isSameOrigin))?.status).toBe(403);
    const form = noScriptForm({ ...BOUND, email: "a@example.com" });
    expect((await actionRequestProblem(post(form, { origin: "https://evil.example" }), isSameOrigin))?.status).toBe(403);
    expect((await actionRequestProblem(new Request(PAGE, { method: "POST", body: form, headers: { host: "localhost:3000" } }), isSameOrigin))?.status).toBe(
      403,
    );
  });

  it("refuses bodies the decoder cannot read with 400", async () => {
    const action = { "next-action": "7fbce77e" };
    const cases: [string, Request][] = [
      ["text that is not JSON", post("garbage", { ...action, "content-type": "text/plain;charset=UTF-8" })],
      ["JSON", post('{"a":1}', { ...action, "content-type": "application/json" })],
      ["a form without the arguments", post(noScriptForm({ email: "a@example.com" }), action)],
      ["a bound action without its state", post(noScriptForm({ $ACTION_REF_1: "", "$ACTION_1:0": BOUND["$ACTION_1:0"] }))],
      ["a bound action with state that is not JSON", post(noScriptForm({ ...BOUND, "$ACTION_1:1": "notjson" }))],
      ["a header that is not JSON", post(noScriptForm({ ...BOUND, "$ACTION_1:0": "{" }))],
      [
        "a multipart body cut short",
        post('--XX\r\nContent-Disposition: form-data; name="a"\r\n\r\nb', { ...action, "content-type": "multipart/form-data; boundary=XX" }),
      ],
    ];
    for (const [name, request] of cases) expect((await actionRequestProblem(request, isSameOrigin))?.status, name).toBe(400);
  });

  it("refuses arguments React's decoder would fail on, and arguments that are not a list, with 400", async () => {
    const action = { "next-action": "7fbce77e" };
    for (const args of ['["$n1e999"]', '["$B1"]', '["$Q1"]', '["$W1"]', '["$@1"]', '[{"a":["$T"]}]', '{"0":1}', '"$K1"', '[{"__proto__":{"x":1}}]']) {
      const form = noScriptForm({ "0": args });
      expect((await actionRequestProblem(post(form, action), isSameOrigin))?.status, `multipart ${args}`).toBe(400);
      expect((await actionRequestProblem(post(args, { ...action, "content-type": "text/plain;charset=UTF-8" }), isSameOrigin))?.status, `text ${args}`).toBe(
        400,
      );
      expect((await actionRequestProblem(post(noScriptForm({ ...BOUND, "$ACTION_1:1": args })), isSameOrigin))?.status, `bound ${args}`).toBe(400);
    }
    // What our forms' state holds, as React writes it, still goes through.
    const fields = new FormData();
    fields.append("name", "$5 and a $ sign");
    const encoded = (await encodeReply([{ errors: [], values: { a: "$x", b: undefined, n: -0, d: new Date(0) }, attempt: 2 }, fields])) as FormData;
    expect(await actionRequestProblem(post(encoded, action), isSameOrigin)).toBeNull();
  });

  it("refuses any post to a page that is not a form that parses with 400, action or not", async () => {
    const garbage = post("garbage", { "content-type": "multipart/form-data; boundary=x" });
    expect((await actionRequestProblem(garbage, isSameOrigin))?.status).toBe(400);
    expect((await actionRequestProblem(post("{}", { "content-type": "application/json" }), isSameOrigin))?.status).toBe(400);
    expect((await actionRequestProblem(post("a=1", { "content-type": "text/plain" }), isSameOrigin))?.status).toBe(400);
    expect((await formBodyProblem(post("garbage", { "content-type": "multipart/form-data; boundary=x" }), isSameOrigin))?.status).toBe(400);
    expect(await formBodyProblem(post("{}", { "content-type": "application/json" }), isSameOrigin)).toBeNull();
    expect(await formBodyProblem(post(noScriptForm({ csrfToken: "x" })), isSameOrigin)).toBeNull();
    // Found by the generated attack: a form from another site to an API address with no route was a 500.
    expect((await formBodyProblem(post(noScriptForm({ "0": '"x' }), { origin: "https://evil.example" }), isSameOrigin))?.status).toBe(403);
    expect(await formBodyProblem(post("{}", { "content-type": "application/json", origin: "https://evil.example" }), isSameOrigin)).toBeNull();
  });

  it("leaves other posts and every GET to their routes", async () => {
    expect(await actionRequestProblem(new Request(PAGE), isSameOrigin)).toBeNull();
    expect(await actionRequestProblem(post(noScriptForm({ trn_token: "x" })), isSameOrigin)).toBeNull();
  });
});
