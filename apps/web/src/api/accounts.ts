import {
  type AcceptInvitationBody,
  type CreateInvitationBody,
  invitationListSchema,
  invitationPreviewSchema,
  invitationSchema,
  type LoginBody,
  type Me,
  memberListSchema,
  meSchema,
  organisationSchema,
  type Role,
  type SignupBody,
  type UpdateMeBody,
} from "@samspel/core";
import { apiRequest, apiSend, setCsrfToken } from "./client";

/**
 * One function per account endpoint. Every answer that carries `me` also carries the CSRF token
 * for the session it belongs to, so those go through `withMe` and the token is never stale.
 */

async function withMe(path: string, method: "GET" | "POST" | "PATCH", body?: unknown) {
  const me = await apiRequest(path, meSchema, { method, body });
  setCsrfToken(me.csrfToken);
  return me;
}

const orgPath = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}`;

export const fetchMe = (): Promise<Me> => withMe("/api/auth/me", "GET");
export const signup = (body: SignupBody): Promise<Me> => withMe("/api/auth/signup", "POST", body);
export const login = (body: LoginBody): Promise<Me> => withMe("/api/auth/login", "POST", body);
export const updateMe = (body: UpdateMeBody): Promise<Me> => withMe("/api/me", "PATCH", body);
export const switchOrganisation = (organisationId: string): Promise<Me> =>
  withMe("/api/auth/active-organisation", "POST", { organisationId });

export async function logout(): Promise<void> {
  await apiSend("/api/auth/logout", { method: "POST" });
  setCsrfToken(null);
}

export const fetchOrganisation = (orgId: string, signal?: AbortSignal) =>
  apiRequest(orgPath(orgId), organisationSchema, { signal });

/** Answers with `me`: the new organisation is listed and already the active one. */
export const createOrganisation = (name: string): Promise<Me> =>
  withMe("/api/orgs", "POST", { name });

export const renameOrganisation = (orgId: string, name: string) =>
  apiRequest(orgPath(orgId), organisationSchema, { method: "PATCH", body: { name } });

export const fetchMembers = (orgId: string, signal?: AbortSignal) =>
  apiRequest(`${orgPath(orgId)}/members`, memberListSchema, { signal });

/** Answers with the whole member list, as the change can touch more than one row's meaning. */
export const changeMemberRole = (orgId: string, userId: string, role: Role) =>
  apiRequest(`${orgPath(orgId)}/members/${encodeURIComponent(userId)}`, memberListSchema, {
    method: "PATCH",
    body: { role },
  });

export const removeMember = (orgId: string, userId: string) =>
  apiSend(`${orgPath(orgId)}/members/${encodeURIComponent(userId)}`, { method: "DELETE" });

export const fetchInvitations = (orgId: string, signal?: AbortSignal) =>
  apiRequest(`${orgPath(orgId)}/invitations`, invitationListSchema, { signal });

export const createInvitation = (orgId: string, body: CreateInvitationBody) =>
  apiRequest(`${orgPath(orgId)}/invitations`, invitationSchema, { method: "POST", body });

export const revokeInvitation = (orgId: string, invitationId: string) =>
  apiSend(`${orgPath(orgId)}/invitations/${encodeURIComponent(invitationId)}`, {
    method: "DELETE",
  });

const invitationPath = (token: string) => `/api/invitations/${encodeURIComponent(token)}`;

export const previewInvitation = (token: string, signal?: AbortSignal) =>
  apiRequest(invitationPath(token), invitationPreviewSchema, { signal });

export const acceptInvitation = (token: string, body: AcceptInvitationBody): Promise<Me> =>
  withMe(`${invitationPath(token)}/accept`, "POST", body);
