import { apiErrorBodySchema } from "@samspel/core";

/** Documents the one error shape on every route of the OpenAPI document. */
export const errorResponses = {
  "4xx": apiErrorBodySchema,
  "5xx": apiErrorBodySchema,
} as const;
