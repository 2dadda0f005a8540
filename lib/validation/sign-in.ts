import { z } from "zod";
import { email } from "./primitives";

export const signInSchema = z.object({ email });
export { codeSchema } from "./registration";
