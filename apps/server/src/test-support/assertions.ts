import {
  API_ERROR_CODES,
  type ApiErrorBody,
  type ApiErrorCode,
  apiErrorBodySchema,
} from "@samspel/core";
import { expect } from "vitest";
import type { TestResponse } from "./client.js";

/**
 * Asserts an error answer: this status, this code, and the one documented shape
 * `{error:{code,message,details?}}` with nothing beside it. Returns the error for further checks.
 */
export function expectApiError(
  response: TestResponse,
  status: number,
  code: ApiErrorCode,
): ApiErrorBody["error"] {
  expect({ status: response.status, body: response.body }).toMatchObject({
    status,
    body: { error: { code } },
  });
  expect(String(response.headers["content-type"])).toMatch(/^application\/json/);
  expect(Object.keys(response.body as object)).toEqual(["error"]);
  const parsed = apiErrorBodySchema.safeParse(response.body);
  expect(parsed.success, JSON.stringify(response.body)).toBe(true);
  expect(API_ERROR_CODES).toContain(code);
  const { error } = response.body as ApiErrorBody;
  expect(error.message.length).toBeGreaterThan(0);
  return error;
}

/** The field paths a validation_failed answer names, e.g. [["password"]]. */
export function issuePaths(error: ApiErrorBody["error"]): string[][] {
  const details = error.details as { issues?: { path: string[] }[] } | undefined;
  return (details?.issues ?? []).map((issue) => issue.path);
}
