import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { AppError } from "../../errors.js";

/**
 * Every failure leaves as `{error:{code,message,details?}}`, whatever raised it: our own
 * AppErrors, Fastify's body parser, schema validation, or a bug. A bug answers 500 with a
 * generic message and is logged with its stack; internals never reach the client.
 */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) {
      request.log.error({ err: error }, "request failed");
    } else {
      request.log.info({ code: appError.code, status: appError.status }, appError.message);
    }
    if (appError.code === "rate_limited" && typeof appError.details === "object") {
      const retryAfter = (appError.details as { retryAfterSeconds?: number }).retryAfterSeconds;
      if (retryAfter !== undefined) reply.header("retry-after", String(retryAfter));
    }
    return reply.status(appError.status).send(appError.toBody());
  });
}

/** Unmatched API paths. Page paths are the web app's to answer (see static.ts). */
export function apiNotFound(method: string, url: string): AppError {
  return new AppError(404, "not_found", `No route for ${method} ${url.split("?")[0]}.`);
}

function toAppError(error: FastifyError | AppError): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    return new AppError(400, "validation_failed", "Some fields are missing or not valid.", {
      issues: error.validation.map((issue) => ({
        path: fieldPath(issue.instancePath, issue.params),
        code: issue.keyword,
        message: issue.message ?? issue.keyword,
      })),
    });
  }
  switch (error.code) {
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return new AppError(400, "malformed_json", "The request body is not valid JSON.");
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new AppError(413, "payload_too_large", "The request body is too large.");
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return new AppError(415, "unsupported_media_type", "Send the request body as JSON.");
  }
  // A plugin's own 4xx keeps its status and gets the nearest stable code, never a made-up 400.
  switch (error.statusCode) {
    case 403:
      return new AppError(403, "forbidden", "This is not allowed.");
    case 404:
      return new AppError(404, "not_found", "Not found.");
    case 405:
      return new AppError(405, "method_not_allowed", "This method is not allowed here.");
    case 413:
      return new AppError(413, "payload_too_large", "The request body is too large.");
    case 415:
      return new AppError(415, "unsupported_media_type", "Send the request body as JSON.");
    case 429:
      return new AppError(429, "rate_limited", "Too many attempts. Wait a little and try again.");
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return new AppError(400, "validation_failed", error.message);
  }
  return new AppError(500, "internal_error", "Something went wrong on our side.");
}

/**
 * Turns the validator's JSON pointer ("/email") into a field path (["email"]) that a form can tie
 * to its input. An unknown key names the offending field itself.
 */
function fieldPath(instancePath: string, params: Record<string, unknown>): string[] {
  const path = instancePath.split("/").filter(Boolean);
  const unknownKeys = Array.isArray(params.keys) ? params.keys.map(String) : [];
  return [...path, ...unknownKeys];
}
