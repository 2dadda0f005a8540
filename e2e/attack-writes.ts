// "No write" for the generated attack (e2e/attack.api.spec.ts), sound while other journeys write
// to the same database at the same time (so no global row counts):
//  1. every value the attack types carries a marker of its own test ("atk" and 12 random hex
//     digits); afterwards no row of any table may hold it (POST /api/testing/traces: every text,
//     JSON, bytes and text-list column of the public schema, and the outbox's sealed secrets);
//  2. the identities it attacks as, a teacher (a fresh copy of a persona) and a member of staff
//     (an admin of its own), are snapshotted before and after (POST /api/testing/snapshots: the
//     account, its record and qualifications, invitations, certificates, change requests and
//     claims, email verification, the audit events naming it, its outbox) and must be equal; what
//     the snapshot leaves out as bookkeeping (sessions, rate limits) is said in lib/testing/no-write.ts;
//  3. their main sessions still sign them in at the end, so the attack really ran as them (the
//     sign-out action's cases carry spare sessions, made before the first snapshot).
// The journey server owns the embedded database, so all of it goes through testing routes that
// exist only with APP_ENV=test.
import { randomBytes } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { expect } from "./fixtures";

export type Who = "signed out" | "teacher" | "staff";

/** A new marker for one test's values: lower-case letters and digits, so nothing normalises it away. */
export const newMarker = () => `atk${randomBytes(6).toString("hex")}`;

export interface Attacker {
  email: string;
  /** The session the attack uses throughout, checked to be live at the end. */
  session: string;
  /** A page only this identity may see, to check that session with. */
  home: string;
}

async function created<T>(response: Awaited<ReturnType<APIRequestContext["post"]>>, what: string): Promise<T> {
  expect(response.status(), `${what}: ${await response.text()}`).toBe(201);
  return (await response.json()) as T;
}

export async function newSession(request: APIRequestContext, email: string): Promise<string> {
  return (await created<{ value: string }>(await request.post("/api/testing/sessions", { data: { email } }), `a session for ${email}`)).value;
}

/** A teacher and an admin of the test's own, each signed in. */
export async function newAttackers(request: APIRequestContext): Promise<Record<Exclude<Who, "signed out">, Attacker>> {
  const teacher = await created<{ email: string }>(await request.post("/api/testing/teachers", { data: { persona: "tomasz" } }), "a copy of tomasz");
  const staff = await created<{ email: string }>(await request.post("/api/testing/staff", { data: { role: "ADMIN" } }), "a member of staff");
  return {
    teacher: { email: teacher.email, session: await newSession(request, teacher.email), home: "/account" },
    staff: { email: staff.email, session: await newSession(request, staff.email), home: "/support/staff" },
  };
}

export const SESSION_COOKIE = "next-auth.session-token";

/**
 * A teacher's first download of a certificate issues it (a GET they make every day, not a write
 * the attack makes): download each one the attack can reach before the first snapshot, so that
 * its downloads are repeats and the snapshot stays the same.
 */
export async function downloadCertificates(request: APIRequestContext, teacher: Attacker): Promise<void> {
  for (const type of ["qts", "eyts", "induction"]) {
    const response = await request.get(`/qualifications/certificates/${type}`, {
      headers: { Cookie: `${SESSION_COOKIE}=${teacher.session}` },
      maxRedirects: 0,
    });
    expect(response.status(), `the ${type} certificate before the attack`).toBeLessThan(500);
  }
}

interface Snapshot {
  auditEvents: { action: string }[];
}

/**
 * What the identity owns, less the "signed-out" audit events: the sign-out action's cases end
 * their spare sessions, and the event is what signing out writes. Were a case to end the main
 * session instead, stillSignedIn() says so.
 */
export async function snapshot(request: APIRequestContext, email: string): Promise<Snapshot> {
  const response = await request.post("/api/testing/snapshots", { data: { email } });
  expect(response.status(), `a snapshot of ${email}: ${await response.text()}`).toBe(200);
  const { snapshot: whole } = (await response.json()) as { snapshot: Snapshot };
  return { ...whole, auditEvents: whole.auditEvents.filter((event) => event.action !== "signed-out") };
}

export interface Trace {
  table: string;
  column: string;
  rows: number;
}

/** Each table and column holding the marker. */
export async function traces(request: APIRequestContext, marker: string): Promise<Trace[]> {
  const response = await request.post("/api/testing/traces", { data: { marker } });
  expect(response.status(), `looking for ${marker}: ${await response.text()}`).toBe(200);
  return ((await response.json()) as { traces: Trace[] }).traces;
}

/** Whether the session still reaches the identity's own page (not sent to sign in, not a 404). */
export async function stillSignedIn(request: APIRequestContext, attacker: Attacker): Promise<boolean> {
  const response = await request.get(attacker.home, { headers: { Cookie: `${SESSION_COOKIE}=${attacker.session}` }, maxRedirects: 0 });
  return response.status() === 200;
}
