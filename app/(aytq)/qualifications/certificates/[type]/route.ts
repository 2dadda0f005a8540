import { certificateResponse } from "../certificate-response";

/** GET /qualifications/certificates/qts, /eyts or /induction: the signed-in teacher's certificate. */
export async function GET(request: Request, { params }: { params: Promise<{ type: string }> }) {
  const { type } = await params;
  return certificateResponse(request, type);
}
