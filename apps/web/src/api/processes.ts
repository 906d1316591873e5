import {
  type ConfirmImportBody,
  type CreateProcessBody,
  customerScoresSchema,
  eventLogSchema,
  type FlowFilters,
  flowFactsResponseSchema,
  importPlanSchema,
  importReportSchema,
  periodComparisonSchema,
  processListSchema,
  processSchema,
  type ScoreMapping,
  scoresPlanSchema,
  type UpdateEventLogBody,
  type UpdateProcessBody,
} from "@samspel/core";
import { z } from "zod";
import { apiRequest, apiSend } from "./client";

const orgProcessesPath = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}/processes`;
const processPath = (processId: string) => `/api/processes/${encodeURIComponent(processId)}`;

export const fetchProcesses = (orgId: string, signal?: AbortSignal) =>
  apiRequest(orgProcessesPath(orgId), processListSchema, { signal }).then(
    (answer) => answer.processes,
  );

export const fetchProcess = (processId: string, signal?: AbortSignal) =>
  apiRequest(processPath(processId), processSchema, { signal });

export const createProcess = (orgId: string, body: CreateProcessBody) =>
  apiRequest(orgProcessesPath(orgId), processSchema, { method: "POST", body });

export const updateProcess = (processId: string, body: UpdateProcessBody) =>
  apiRequest(processPath(processId), processSchema, { method: "PATCH", body });

export const deleteProcess = (processId: string) =>
  apiSend(processPath(processId), { method: "DELETE" });

function fileForm(file: File): FormData {
  const form = new FormData();
  form.append("file", file, file.name);
  return form;
}

export const uploadEventLog = (processId: string, file: File) =>
  apiRequest(`${processPath(processId)}/event-log/uploads`, importPlanSchema, {
    method: "POST",
    body: fileForm(file),
  });

export const confirmEventLog = (processId: string, uploadId: string, body: ConfirmImportBody) =>
  apiRequest(
    `${processPath(processId)}/event-log/uploads/${encodeURIComponent(uploadId)}/confirm`,
    z.object({ eventLog: eventLogSchema, report: importReportSchema }),
    { method: "POST", body },
  );

export const updateEventLog = (processId: string, body: UpdateEventLogBody) =>
  apiRequest(`${processPath(processId)}/event-log`, eventLogSchema, { method: "PATCH", body });

const filtersQuery = (filters: FlowFilters) =>
  Object.keys(filters).length > 0 ? `filters=${encodeURIComponent(JSON.stringify(filters))}` : "";

export const fetchFacts = (processId: string, filters: FlowFilters, signal?: AbortSignal) => {
  const query = filtersQuery(filters);
  return apiRequest(
    `${processPath(processId)}/facts${query ? `?${query}` : ""}`,
    flowFactsResponseSchema,
    { signal },
  );
};

export interface Periods {
  aFrom: string;
  aTo: string;
  bFrom: string;
  bTo: string;
}

export const fetchComparison = (
  processId: string,
  periods: Periods,
  filters: FlowFilters,
  signal?: AbortSignal,
) => {
  const query = new URLSearchParams({ ...periods });
  const filterPart = filtersQuery(filters);
  return apiRequest(
    `${processPath(processId)}/facts/compare?${query.toString()}${filterPart ? `&${filterPart}` : ""}`,
    periodComparisonSchema,
    { signal },
  );
};

export const uploadScores = (processId: string, file: File) =>
  apiRequest(`${processPath(processId)}/customer-scores/uploads`, scoresPlanSchema, {
    method: "POST",
    body: fileForm(file),
  });

export const confirmScores = (processId: string, uploadId: string, mapping: ScoreMapping) =>
  apiRequest(
    `${processPath(processId)}/customer-scores/uploads/${encodeURIComponent(uploadId)}/confirm`,
    customerScoresSchema,
    { method: "POST", body: { mapping } },
  );
