import {
  type Locale,
  methodListSchema,
  methodViewSchema,
  type OrganisationMethodBody,
  organisationMethodSchema,
} from "@samspel/core";
import { z } from "zod";
import { ApiError, apiRequest, apiSend } from "./client";

const ownPath = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}/methods`;
const lang = (language: Locale) => `lang=${encodeURIComponent(language)}`;

/*
 * The library is fetched whole per language (45-odd methods) and searched in the browser with
 * core's searchMethods, the same function the server's `q` uses: typing answers at once.
 */

export const fetchPublicLibrary = (language: Locale, signal?: AbortSignal) =>
  apiRequest(`/api/methods?${lang(language)}`, methodListSchema, { signal });

export const fetchPublicMethod = (methodId: string, language: Locale, signal?: AbortSignal) =>
  apiRequest(`/api/methods/${encodeURIComponent(methodId)}?${lang(language)}`, methodViewSchema, {
    signal,
  });

/** Built-in methods in `language` and the organisation's own (`source: organisation`). */
export const fetchOrgLibrary = (orgId: string, language: Locale, signal?: AbortSignal) =>
  apiRequest(`${ownPath(orgId)}/library?${lang(language)}`, methodListSchema, { signal });

/**
 * The organisation's library for its members; someone booked from another organisation to run
 * one of its sessions is no member and designs from the public library instead.
 */
export const fetchLibraryForSession = (orgId: string, language: Locale, signal?: AbortSignal) =>
  fetchOrgLibrary(orgId, language, signal).catch((error: unknown) => {
    if (error instanceof ApiError && error.code === "not_a_member") {
      return fetchPublicLibrary(language, signal);
    }
    throw error;
  });

export const fetchOwnMethods = (orgId: string, signal?: AbortSignal) =>
  apiRequest(ownPath(orgId), z.object({ methods: z.array(organisationMethodSchema) }), {
    signal,
  }).then((answer) => answer.methods);

export const createOwnMethod = (orgId: string, body: OrganisationMethodBody) =>
  apiRequest(ownPath(orgId), organisationMethodSchema, { method: "POST", body });

export const updateOwnMethod = (orgId: string, methodId: string, body: OrganisationMethodBody) =>
  apiRequest(`${ownPath(orgId)}/${encodeURIComponent(methodId)}`, organisationMethodSchema, {
    method: "PATCH",
    body,
  });

export const deleteOwnMethod = (orgId: string, methodId: string) =>
  apiSend(`${ownPath(orgId)}/${encodeURIComponent(methodId)}`, { method: "DELETE" });
