import type { Page } from "playwright-core";
import { HttpClient } from "./live-api.js";

const TEN_MB = 10 * 1024 * 1024;

/** A colleague invited to the organisation who accepts at once: someone to invite by account. */
export async function addMember(
  baseUrl: string,
  admin: HttpClient,
  organisationId: string,
  member: { email: string; displayName: string },
): Promise<void> {
  const invitation = await admin.post(`/api/orgs/${organisationId}/invitations`, {
    email: member.email,
    role: "member",
  });
  await new HttpClient(baseUrl).post(
    `/api/invitations/${invitation.link.split("/invite/")[1]}/accept`,
    { displayName: member.displayName, password: "another long passphrase" },
  );
}

/** Offers the Prepare page's file form a PDF one byte over the 10 MB bound and sends it. */
export async function uploadTooLargeFile(page: Page, uploadLabel: string): Promise<void> {
  const fileForm = page.locator("form").filter({ has: page.locator('input[name="file"]') });
  const big = Buffer.alloc(TEN_MB + 1, 0x41);
  big.write("%PDF-");
  await fileForm
    .locator('input[name="file"]')
    .setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: big });
  await fileForm.getByRole("button", { name: uploadLabel }).click();
}
