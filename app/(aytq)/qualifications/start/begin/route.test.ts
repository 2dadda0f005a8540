// "Start now" never copies a token it has not checked into its redirect: a 5 MB token (or one
// carrying a header break) gives a short Location, not a 5 MB one.
import { describe, expect, it } from "vitest";
import { POST } from "./route";

function begin(token: string) {
  const body = new URLSearchParams({ trn_token: token });
  return POST(
    new Request("http://localhost:3000/qualifications/start/begin", {
      method: "POST",
      headers: { origin: "http://localhost:3000", host: "localhost:3000", "content-type": "application/x-www-form-urlencoded" },
      body,
    }),
  );
}

describe("POST /qualifications/start/begin with a token that is not one of ours", () => {
  it.each([
    ["5 MB of letters", "a".repeat(5 * 1024 * 1024)],
    ["a header break", `${"a".repeat(43)}\r\nSet-Cookie: x=1`],
    ["a path", "../../evil.example"],
    ["nothing", ""],
  ])("%s: back to the start page, with nothing of the token in the address", async (_label, token) => {
    const response = await begin(token);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/qualifications/start");
  });

  it("a post from another site is refused before the token is read", async () => {
    const response = await POST(
      new Request("http://localhost:3000/qualifications/start/begin", {
        method: "POST",
        headers: { origin: "https://evil.example", host: "localhost:3000" },
        body: new URLSearchParams({ trn_token: "a".repeat(5 * 1024 * 1024) }),
      }),
    );
    expect(response.status).toBe(403);
    expect(response.headers.get("location")).toBeNull();
  });
});
