import type { Locale, Role } from "@samspel/core";

/**
 * Table shapes as Kysely sees them. Timestamps are ISO 8601 UTC strings on both dialects: they
 * sort as text, compare the same way in SQLite and PostgreSQL, and need no driver type parsers.
 * Booleans are absent on purpose; a nullable timestamp ("accepted_at") says more than a flag.
 */
export interface Database {
  organisations: OrganisationTable;
  users: UserTable;
  memberships: MembershipTable;
  login_sessions: LoginSessionTable;
  invitations: InvitationTable;
}

export interface OrganisationTable {
  id: string;
  name: string;
  created_at: string;
}

export interface UserTable {
  id: string;
  /** Stored lower-cased; unique. */
  email: string;
  display_name: string;
  password_hash: string;
  locale: Locale;
  created_at: string;
}

export interface MembershipTable {
  organisation_id: string;
  user_id: string;
  role: Role;
  created_at: string;
}

export interface LoginSessionTable {
  /** SHA-256 of the cookie token: a leaked table does not hand out live sessions. */
  id: string;
  user_id: string;
  csrf_token: string;
  active_organisation_id: string | null;
  created_at: string;
  expires_at: string;
}

export interface InvitationTable {
  id: string;
  organisation_id: string;
  email: string;
  role: Role;
  /** SHA-256 of the link's token; the token itself is shown once, to the inviter. */
  token_hash: string;
  invited_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  accepted_by: string | null;
  revoked_at: string | null;
}
