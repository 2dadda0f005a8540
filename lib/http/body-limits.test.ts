import { describe, expect, it } from "vitest";
import { API_BODY_LIMIT_BYTES } from "./body";
import { bodyLimitFor, declaredBodyOverLimit, EVIDENCE_BODY_LIMIT_BYTES, PAGE_BODY_LIMIT_BYTES } from "./body-limits";

const declaring = (length: string) => new Headers({ "content-length": length });

describe("body limits", () => {
  it("are the APIs' 64 KB, 21 MB for a teacher's evidence, and the pages' 4 MB for the rest", () => {
    expect(bodyLimitFor("/api/v1/qts-awards")).toBe(API_BODY_LIMIT_BYTES);
    expect(bodyLimitFor("/api/auth/signin/email")).toBe(API_BODY_LIMIT_BYTES);
    expect(bodyLimitFor("/account/record/name/evidence")).toBe(EVIDENCE_BODY_LIMIT_BYTES);
    expect(EVIDENCE_BODY_LIMIT_BYTES).toBeGreaterThanOrEqual(20 * 1024 * 1024);
    for (const path of ["/sign-in", "/account/record/name", "/account/record/name/evidence/x", "/support/staff"]) expect(bodyLimitFor(path), path).toBe(PAGE_BODY_LIMIT_BYTES);
  });

  it("find a declared length over the route's limit, and nothing in a length that is not one", () => {
    expect(declaredBodyOverLimit("/sign-in", declaring(String(200 * 1024 * 1024)))).toBe(PAGE_BODY_LIMIT_BYTES);
    expect(declaredBodyOverLimit("/sign-in", declaring(String(PAGE_BODY_LIMIT_BYTES)))).toBeNull();
    expect(declaredBodyOverLimit("/api/v1/trn-tokens", declaring(String(API_BODY_LIMIT_BYTES + 1)))).toBe(API_BODY_LIMIT_BYTES);
    expect(declaredBodyOverLimit("/account/record/name/evidence", declaring(String(20 * 1024 * 1024)))).toBeNull();
    expect(declaredBodyOverLimit("/sign-in", new Headers())).toBeNull();
    expect(declaredBodyOverLimit("/sign-in", declaring("-1"))).toBeNull();
  });
});
