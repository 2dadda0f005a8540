import { certificateResponse } from "../../certificate-response";

/** GET /qualifications/certificates/npq/<id>: one of the signed-in teacher's own NPQ certificates. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return certificateResponse(request, "npq", id);
}
