"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/forms/action";
import { endSession } from "@/lib/identity/session";

// Public: ending a session needs no role, and a visitor already signed out just lands on "signed out".
export const signOut = formAction({
  access: "public",
  schema: z.object({}),
  async run() {
    await endSession();
    redirect("/signed-out");
  },
});
