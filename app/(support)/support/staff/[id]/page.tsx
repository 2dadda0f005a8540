import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm, Form, RadiosField, SubmitButton } from "@/components/forms/kit";
import { BackLink } from "@/components/govuk";
import { SUPPORT_SERVICE, pageTitle } from "@/components/layout/services";
import { initialState } from "@/lib/forms/state";
import { knownViewer } from "@/lib/http/page-exists";
import { requireRole } from "@/lib/identity/session";
import { SUPPORT_PAGES } from "@/lib/support/pages";
import { listStaff } from "@/lib/support/staff";
import { manageStaffMember } from "../../actions";
import { exists } from "./exists";

export const metadata: Metadata = { title: null };

/** Change a member of staff's role, or remove them. */
export default async function StaffMemberPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requireRole("admin");
  const { id } = await params;
  if (!(await exists({ id }, knownViewer(admin)))) notFound();
  const member = (await listStaff()).find((m) => m.id === id);
  if (!member) notFound();
  const name = `${member.firstName} ${member.lastName}`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ActionForm title={pageTitle(SUPPORT_SERVICE, name)} action={manageStaffMember} initialState={initialState({ role: member.role })}>
          <BackLink href={SUPPORT_PAGES.staff}>Staff</BackLink>
          <span className="govuk-caption-l govuk-!-text-break-word">{member.email}</span>
          <h1 className="govuk-heading-l">{name}</h1>
          <Form hidden={{ accountId: member.id, intent: "role" }}>
            <RadiosField
              name="role"
              legend={{ text: "Role", className: "govuk-fieldset__legend--m" }}
              items={[
                { value: "SUPPORT", text: "Support" },
                { value: "ADMIN", text: "Admin" },
              ]}
            />
            <SubmitButton>Save role</SubmitButton>
          </Form>
          <h2 className="govuk-heading-m">Remove {member.id === admin.id ? "yourself" : name}</h2>
          <p className="govuk-body">
            {member.id === admin.id
              ? "You will be signed out and will no longer be able to sign in."
              : "They will be signed out and will no longer be able to sign in."}{" "}
            What {member.id === admin.id ? "you" : "they"} did stays in each teacher’s history.
          </p>
          <Form hidden={{ accountId: member.id, intent: "remove" }} id="remove">
            <SubmitButton variant="warning">Remove member of staff</SubmitButton>
          </Form>
        </ActionForm>
      </div>
    </div>
  );
}
