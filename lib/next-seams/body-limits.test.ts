import { describe, expect, it } from "vitest";
import {
  API_BODY_LIMIT_BYTES,
  bodyLimitFor,
  declaredBodyOverLimit,
  EVIDENCE_BODY_LIMIT_BYTES,
  oversizedBodyRedirect,
  PAGE_BODY_LIMIT_BYTES,
  PROXY_BODY_COPY_BYTES,
  proxyHasWholeBody,
} from "./body-limits.mjs";
import { MAX_UPLOAD_BODY_BYTES } from "@/lib/dqt/evidence";

const declaring = (length: string) => length;

describe("body limits", () => {
  it("are the APIs' 64 KB, more than the evidence route reads for a teacher's evidence, and the pages' 4 MB for the rest", () => {
    expect(bodyLimitFor("/api/v1/qts-awards")).toBe(API_BODY_LIMIT_BYTES);
    expect(bodyLimitFor("/api/auth/signin/email")).toBe(API_BODY_LIMIT_BYTES);
    expect(bodyLimitFor("/account/record/name/evidence/upload")).toBe(EVIDENCE_BODY_LIMIT_BYTES);
    // The route answers a body over its own cap with the message beside the field: it must get the chance.
    expect(EVIDENCE_BODY_LIMIT_BYTES).toBeGreaterThan(MAX_UPLOAD_BODY_BYTES);
    for (const path of ["/sign-in", "/account/record/name", "/account/record/name/evidence", "/account/record/name/evidence/x", "/support/staff"])
      expect(bodyLimitFor(path), path).toBe(PAGE_BODY_LIMIT_BYTES);
  });

  it("find a declared length over the route's limit, and nothing in a length that is not one", () => {
    expect(declaredBodyOverLimit("/sign-in", declaring(String(200 * 1024 * 1024)))).toBe(PAGE_BODY_LIMIT_BYTES);
    expect(declaredBodyOverLimit("/sign-in", declaring(String(PAGE_BODY_LIMIT_BYTES)))).toBeNull();
    expect(declaredBodyOverLimit("/api/v1/trn-tokens", declaring(String(API_BODY_LIMIT_BYTES + 1)))).toBe(API_BODY_LIMIT_BYTES);
    expect(declaredBodyOverLimit("/account/record/name/evidence/upload", declaring(String(25 * 1024 * 1024)))).toBeNull();
    expect(declaredBodyOverLimit("/sign-in", undefined)).toBeNull();
    expect(declaredBodyOverLimit("/sign-in", declaring("-1"))).toBeNull();
  });

  it("say when the proxy's copy of a body is cut short, so that it is not judged malformed", () => {
    expect(proxyHasWholeBody(String(25 * 1024 * 1024))).toBe(false);
    expect(proxyHasWholeBody(String(PROXY_BODY_COPY_BYTES))).toBe(true);
    expect(proxyHasWholeBody("12")).toBe(true);
    expect(proxyHasWholeBody(null)).toBe(true);
    // Every route that takes a body that large is past its own limit, or reads it itself with a cap.
    expect(EVIDENCE_BODY_LIMIT_BYTES).toBeGreaterThan(PROXY_BODY_COPY_BYTES);
    expect(PAGE_BODY_LIMIT_BYTES).toBeLessThan(PROXY_BODY_COPY_BYTES);
  });

  it("send an oversized evidence upload back to its page with the message, and nothing else", () => {
    expect(oversizedBodyRedirect("/account/record/date-of-birth/evidence/upload")).toBe("/account/record/date-of-birth/evidence?error=too-big");
    expect(oversizedBodyRedirect("/account/record/name/evidence")).toBeNull();
    expect(oversizedBodyRedirect("/sign-in")).toBeNull();
  });
});
