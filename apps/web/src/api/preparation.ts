import {
  type CreateMaterialBody,
  type CreatePerspectiveBody,
  type CreateSessionInvitationBody,
  type InvitationToSession,
  invitationToSessionSchema,
  materialSchema,
  myInvitationSchema,
  perspectiveSchema,
  preparationOverviewSchema,
  preparationSchema,
  type RsvpBody,
  sessionInvitationSchema,
  type UpdatePreparationBody,
} from "@samspel/core";
import { z } from "zod";
import { apiRequest, apiSend } from "./client";

const sessionPath = (sessionId: string) => `/api/sessions/${encodeURIComponent(sessionId)}`;
const tokenPath = (token: string) => `/api/invitations-to-sessions/${encodeURIComponent(token)}`;

export const fetchPreparation = (sessionId: string, signal?: AbortSignal) =>
  apiRequest(`${sessionPath(sessionId)}/preparation`, preparationOverviewSchema, { signal });

export const savePreparation = (sessionId: string, body: UpdatePreparationBody) =>
  apiRequest(`${sessionPath(sessionId)}/preparation`, preparationSchema, { method: "PUT", body });

export const addPerspective = (sessionId: string, body: CreatePerspectiveBody) =>
  apiRequest(`${sessionPath(sessionId)}/perspectives`, perspectiveSchema, { method: "POST", body });

export const updatePerspective = (
  sessionId: string,
  perspectiveId: string,
  body: { required: boolean },
) =>
  apiRequest(
    `${sessionPath(sessionId)}/perspectives/${encodeURIComponent(perspectiveId)}`,
    perspectiveSchema,
    { method: "PATCH", body },
  );

export const removePerspective = (sessionId: string, perspectiveId: string) =>
  apiSend(`${sessionPath(sessionId)}/perspectives/${encodeURIComponent(perspectiveId)}`, {
    method: "DELETE",
  });

export const inviteToSession = (sessionId: string, body: CreateSessionInvitationBody) =>
  apiRequest(`${sessionPath(sessionId)}/invitations`, sessionInvitationSchema, {
    method: "POST",
    body,
  });

const invitationPath = (sessionId: string, invitationId: string) =>
  `${sessionPath(sessionId)}/invitations/${encodeURIComponent(invitationId)}`;

export const renewInvitationLink = (sessionId: string, invitationId: string) =>
  apiRequest(`${invitationPath(sessionId, invitationId)}/link`, sessionInvitationSchema, {
    method: "POST",
  });

export const changeCovers = (sessionId: string, invitationId: string, covers: string[]) =>
  apiRequest(invitationPath(sessionId, invitationId), sessionInvitationSchema, {
    method: "PATCH",
    body: { covers },
  });

export const withdrawInvitation = (sessionId: string, invitationId: string) =>
  apiSend(invitationPath(sessionId, invitationId), { method: "DELETE" });

export const addMaterial = (sessionId: string, body: CreateMaterialBody) =>
  apiRequest(`${sessionPath(sessionId)}/materials`, materialSchema, { method: "POST", body });

export const uploadMaterial = (sessionId: string, file: File, title: string) => {
  const form = new FormData();
  // The title first: the server reads fields that come before the file.
  form.append("title", title);
  form.append("file", file, file.name);
  return apiRequest(`${sessionPath(sessionId)}/materials/files`, materialSchema, {
    method: "POST",
    body: form,
  });
};

export const removeMaterial = (sessionId: string, materialId: string) =>
  apiSend(`${sessionPath(sessionId)}/materials/${encodeURIComponent(materialId)}`, {
    method: "DELETE",
  });

export const materialFileUrl = (sessionId: string, materialId: string) =>
  `${sessionPath(sessionId)}/materials/${encodeURIComponent(materialId)}/file`;

/**
 * One invitation as its invitee reads it: by the link's token (anyone holding it) or by id (the
 * member invited by account, logged in). The routes below the two paths are the same.
 */
export interface InvitationSource {
  key: string;
  fetch: (signal?: AbortSignal) => Promise<InvitationToSession>;
  answer: (body: RsvpBody) => Promise<InvitationToSession>;
  calendarUrl: string;
  materialUrl: (materialId: string) => string;
}

function invitationSource(key: string, path: string): InvitationSource {
  return {
    key,
    fetch: (signal) => apiRequest(path, invitationToSessionSchema, { signal }),
    answer: (body) =>
      apiRequest(`${path}/rsvp`, invitationToSessionSchema, { method: "POST", body }),
    calendarUrl: `${path}/calendar.ics`,
    materialUrl: (materialId) => `${path}/materials/${encodeURIComponent(materialId)}`,
  };
}

export const invitationByLink = (token: string) =>
  invitationSource(`link:${token}`, tokenPath(token));

export const invitationByAccount = (invitationId: string) =>
  invitationSource(
    `account:${invitationId}`,
    `/api/me/session-invitations/${encodeURIComponent(invitationId)}`,
  );

export const fetchMyInvitations = (signal?: AbortSignal) =>
  apiRequest(
    "/api/me/session-invitations",
    z.object({ invitations: z.array(myInvitationSchema) }),
    {
      signal,
    },
  ).then((answer) => answer.invitations);

/** The facilitator's agenda as a PDF, its clock times in this browser's time zone. */
export function agendaPdfUrl(sessionId: string): string {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return `${sessionPath(sessionId)}/agenda.pdf?tz=${encodeURIComponent(timeZone)}`;
}
