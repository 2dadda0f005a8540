import type { Metadata } from "next";
import { ActionForm, Form, RadiosField, SubmitButton, TextField } from "@/components/forms/kit";
import { BackLink } from "@/components/govuk";
import { SUPPORT_SERVICE, pageTitle } from "@/components/layout/services";
import { requireRole } from "@/lib/identity/session";
import { SUPPORT_PAGES } from "@/lib/support/pages";
import { addStaffMember } from "../../actions";

export const metadata: Metadata = { title: null };

export default async function AddStaffPage() {
  await requireRole("admin");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ActionForm title={pageTitle(SUPPORT_SERVICE, "Add a member of staff")} action={addStaffMember}>
          <BackLink href={SUPPORT_PAGES.staff}>Staff</BackLink>
          <h1 className="govuk-heading-l">Add a member of staff</h1>
          <p className="govuk-body">They sign in with a link or code sent to this email address. They do not need a password.</p>
          <Form>
            <TextField name="firstName" label={{ text: "First name" }} autoComplete="off" spellCheck={false} width="two-thirds" />
            <TextField name="lastName" label={{ text: "Last name" }} autoComplete="off" spellCheck={false} width="two-thirds" />
            <TextField name="email" type="email" label={{ text: "Work email address" }} autoComplete="off" spellCheck={false} />
            <RadiosField
              name="role"
              legend={{ text: "Role", className: "govuk-fieldset__legend--s" }}
              items={[
                { value: "SUPPORT", text: "Support", hint: "Finds teachers, decides change requests, manages invitations" },
                { value: "ADMIN", text: "Admin", hint: "Support, and also manages staff and API keys" },
              ]}
            />
            <SubmitButton>Add member of staff</SubmitButton>
          </Form>
        </ActionForm>
      </div>
    </div>
  );
}
