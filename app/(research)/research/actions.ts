"use server";
// Research mode's actions (lib/research/mode.ts): the shared password, starting as a persona,
// and the reset. Each answers 404 when research mode is off, whatever is posted.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction, invalid } from "@/lib/forms/action";
import { COOKIES, setCookie } from "@/lib/http/cookies";
import { hitRateLimit } from "@/lib/rate-limit";
import { clientIp } from "@/lib/identity/request";
import { safeReturnTo } from "@/lib/identity/return-to";
import { secureCookies } from "@/lib/http/app-url";
import { sessionFor } from "@/lib/identity/test-sessions";
import { isPreviewPassword, previewPassValue } from "@/lib/research/gate";
import { requireResearchMode } from "@/lib/research/mode";
import { isPersonaKey } from "@/lib/research/persona-copies";
import { resetToSeededState } from "@/lib/research/reset";
import { startAsCopy, startAsPersona } from "@/lib/research/start";

const PASSWORD_TRIES = { name: "preview-password:ip", limit: 10, windowSeconds: 15 * 60 };

export const enterPreviewPassword = formAction({
  access: "public",
  ungated: true,
  load: async () => requireResearchMode(),
  schema: z.object({
    password: z.string({ error: "Enter the password" }).min(1, "Enter the password").max(200, "Enter the password"),
    returnTo: z.string().catch("/"),
  }),
  async run({ password, returnTo }, { values }) {
    if (!(await hitRateLimit(PASSWORD_TRIES, await clientIp())).allowed) {
      return invalid({}, { field: "password", message: "You’ve tried too many passwords. Wait 15 minutes, then try again" });
    }
    if (!isPreviewPassword(password)) return invalid({ returnTo: values.returnTo ?? "/" }, { field: "password", message: "The password is not right" });
    await setCookie(COOKIES.previewPass, previewPassValue());
    redirect(safeReturnTo(returnTo, "/"));
  },
});

/** "Start as a new copy of this teacher" and "Start as this teacher". */
export const startPersona = formAction({
  access: "public",
  load: async () => requireResearchMode(),
  schema: z.object({ persona: z.string().refine(isPersonaKey, "This persona is not known"), intent: z.enum(["copy", "persona"]) }),
  async run({ persona, intent }) {
    if (!isPersonaKey(persona)) return invalid({}, { field: "persona", message: "This persona is not known" });
    const start = intent === "copy" ? await startAsCopy(persona) : await startAsPersona(persona);
    if (start.kind === "invitation") redirect(start.path);
    // Signed in as the teacher, as sign-in would: the browser's session cookie is theirs now.
    const session = await sessionFor(start.accountId);
    (await cookies()).set(session.name, session.value, { httpOnly: true, sameSite: "lax", secure: secureCookies(), path: "/", expires: session.expires });
    redirect("/qualifications");
  },
});

export const resetData = formAction({
  access: "public",
  load: async () => requireResearchMode(),
  schema: z.object({}),
  async run() {
    const { copies, emails } = await resetToSeededState();
    redirect(`/research?reset=${copies}-${emails}`);
  },
});
