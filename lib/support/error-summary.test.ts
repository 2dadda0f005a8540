// The provider's raw errors, summarised for support staff (lib/support/undelivered-mail.ts).
import { describe, expect, it } from "vitest";
import { errorSummary } from "./undelivered-mail";

describe("a provider's error in a sentence", () => {
  it("says what kind of problem it was", () => {
    expect(
      errorSummary(
        '{"statusCode":422,"message":"Invalid `to` field. The email address needs to follow the `email@example.com` format.","name":"validation_error"}',
      ),
    ).toBe("The email provider refused the address");
    expect(errorSummary("550 5.1.1 The email account that you tried to reach does not exist")).toBe("The email provider refused the address");
    expect(errorSummary("fetch failed: connect ECONNREFUSED 127.0.0.1:443")).toBe("The email provider could not be reached");
    expect(errorSummary('{"statusCode":429,"message":"Too many requests"}')).toBe("The email provider asked the service to send more slowly");
    expect(errorSummary('{"statusCode":401,"message":"API key is invalid"}')).toMatch(/did not accept the service’s account/);
    expect(errorSummary("something odd")).toBe("The email provider gave an error");
    expect(errorSummary(null)).toBeNull();
  });
});
