import type { Me, SignupBody } from "@samspel/core";
import type { TestClient } from "./client.js";

let counter = 0;

export function buildSignup(overrides: Partial<SignupBody> = {}): SignupBody {
  counter += 1;
  return {
    email: `person${counter}@kommune.example`,
    password: "a long enough passphrase",
    displayName: `Person ${counter}`,
    organisationName: `Kommune ${counter}`,
    ...overrides,
  };
}

/** Signs a new user up through the API; the client is logged in afterwards. */
export async function signUp(client: TestClient, overrides: Partial<SignupBody> = {}) {
  const signup = buildSignup(overrides);
  const response = await client.post<Me>("/api/auth/signup", signup);
  if (response.status !== 201) {
    throw new Error(`sign-up failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  const organisationId = response.body.activeOrganisationId;
  if (!organisationId) throw new Error("sign-up gave no organisation");
  return { me: response.body, organisationId, signup };
}

/** An admin invites `email`; a fresh client accepts and is logged in as the new member. */
export async function inviteAndJoin(
  admin: TestClient,
  newcomer: TestClient,
  organisationId: string,
  email: string,
  role: "admin" | "facilitator" | "leader" | "member" = "member",
) {
  const invitation = await admin.post<{ link: string }>(`/api/orgs/${organisationId}/invitations`, {
    email,
    role,
  });
  if (invitation.status !== 201) {
    throw new Error(`invitation failed: ${invitation.status} ${JSON.stringify(invitation.body)}`);
  }
  const token = invitation.body.link.split("/invite/")[1];
  const accepted = await newcomer.post<Me>(`/api/invitations/${token}/accept`, {
    displayName: `Colleague ${email}`,
    password: "another long passphrase",
  });
  if (accepted.status !== 201) {
    throw new Error(`accept failed: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  }
  return { me: accepted.body, token };
}
