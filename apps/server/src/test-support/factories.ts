import type { Me, Role, SignupBody } from "@samspel/core";
import { createLoginSession } from "../accounts/login-sessions.js";
import { addMember, createOrganisation } from "../accounts/organisations.js";
import { createUser } from "../accounts/users.js";
import { TestClient } from "./client.js";
import type { TestApp } from "./test-app.js";

let counter = 0;

/** A fresh address, unique within this test file. */
export function buildEmail(label = "person"): string {
  counter += 1;
  return `${label}${counter}@kommune.example`;
}

export function buildSignup(overrides: Partial<SignupBody> = {}): SignupBody {
  const email = buildEmail();
  return {
    email,
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

/** An admin's invitation through the API; the token is the part of the link after /invite/. */
export async function invite(
  admin: TestClient,
  organisationId: string,
  email: string,
  role: Role = "member",
) {
  const invitation = await admin.post<{ id: string; link: string }>(
    `/api/orgs/${organisationId}/invitations`,
    { email, role },
  );
  if (invitation.status !== 201) {
    throw new Error(`invitation failed: ${invitation.status} ${JSON.stringify(invitation.body)}`);
  }
  const token = invitation.body.link.split("/invite/")[1];
  if (!token) throw new Error(`invitation link without a token: ${invitation.body.link}`);
  return { id: invitation.body.id, link: invitation.body.link, token };
}

/** What a new account sends to accept an invitation. */
export const newAccount = { displayName: "Ny Kollega", password: "another long passphrase" };

/** An admin invites `email`; a fresh client accepts and is logged in as the new member. */
export async function inviteAndJoin(
  admin: TestClient,
  newcomer: TestClient,
  organisationId: string,
  email: string,
  role: Role = "member",
) {
  const { token } = await invite(admin, organisationId, email, role);
  const accepted = await newcomer.post<Me>(`/api/invitations/${token}/accept`, {
    ...newAccount,
    displayName: `Colleague ${email}`,
  });
  if (accepted.status !== 201) {
    throw new Error(`accept failed: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  }
  return { me: accepted.body, token };
}

export interface Person {
  userId: string;
  email: string;
  /** Logged in, with the CSRF token, working in the organisation the person was made in. */
  client: TestClient;
}

/**
 * A user with a login, written straight to the database. No password is hashed (scrypt costs
 * ~80 ms a time), so this person cannot log in with a password: use it in tests about what
 * people may do, and the API (signUp, inviteAndJoin) in tests about how they got in.
 */
export async function insertPerson(
  t: TestApp,
  membership?: { organisationId: string; role: Role },
): Promise<Person> {
  const email = buildEmail();
  const now = t.clock.now();
  const userId = await createUser(
    t.storage.db,
    { email, displayName: email.split("@")[0] ?? email, passwordHash: "unusable", locale: "en" },
    now,
  );
  if (membership) {
    await addMember(t.storage.db, membership.organisationId, userId, membership.role, now);
  }
  const session = await createLoginSession(
    t.storage.db,
    userId,
    membership?.organisationId ?? null,
    now,
  );
  return { userId, email, client: new TestClient(t.app).adopt(session) };
}

export interface Team<R extends Role> {
  organisationId: string;
  admin: Person;
  /** One person for each role asked for, besides the admin who made the organisation. */
  members: Record<R, Person>;
}

/** An organisation with its admin and one person in each of `roles`, all logged in. */
export async function buildTeam<R extends Role>(
  t: TestApp,
  roles: readonly R[],
  name = "Samarbeid kommune",
): Promise<Team<R>> {
  const admin = await insertPerson(t);
  const organisationId = await createOrganisation(t.storage.db, name, admin.userId, t.clock.now());
  // The admin's login predates the organisation; make it the one they work in, as sign-up does.
  await t.storage.db
    .updateTable("login_sessions")
    .set({ active_organisation_id: organisationId })
    .where("user_id", "=", admin.userId)
    .execute();
  const members = {} as Record<R, Person>;
  for (const role of roles) members[role] = await insertPerson(t, { organisationId, role });
  return { organisationId, admin, members };
}
