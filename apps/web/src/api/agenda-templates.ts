import { type AgendaTemplateBody, agendaTemplateSchema } from "@samspel/core";
import { z } from "zod";
import { apiRequest, apiSend } from "./client";

const templatesPath = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}/agenda-templates`;
const templatePath = (orgId: string, templateId: string) =>
  `${templatesPath(orgId)}/${encodeURIComponent(templateId)}`;

export const fetchAgendaTemplates = (orgId: string, signal?: AbortSignal) =>
  apiRequest(templatesPath(orgId), z.object({ templates: z.array(agendaTemplateSchema) }), {
    signal,
  }).then((answer) => answer.templates);

export const saveAgendaTemplate = (orgId: string, body: AgendaTemplateBody) =>
  apiRequest(templatesPath(orgId), agendaTemplateSchema, { method: "POST", body });

export const renameAgendaTemplate = (orgId: string, templateId: string, name: string) =>
  apiRequest(templatePath(orgId, templateId), agendaTemplateSchema, {
    method: "PATCH",
    body: { name },
  });

export const deleteAgendaTemplate = (orgId: string, templateId: string) =>
  apiSend(templatePath(orgId, templateId), { method: "DELETE" });
