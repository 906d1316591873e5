import type { ApiErrorBody, ApiErrorCode } from "@samspel/core";

/**
 * A failure we answer on purpose. Thrown from anywhere below a route; the error handler turns it
 * into the one error shape `{error:{code,message,details?}}` with this status.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }

  toBody(): ApiErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.details === undefined ? {} : { details: this.details }),
      },
    };
  }
}

export const unauthenticated = () =>
  new AppError(401, "unauthenticated", "You need to log in to do this.");

export const notFound = (what = "resource") => new AppError(404, "not_found", `No such ${what}.`);

export const forbidden = (message = "Your role in this organisation does not allow this.") =>
  new AppError(403, "forbidden", message);
