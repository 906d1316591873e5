import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import type { Storage } from "../storage/database.js";

/** What every route needs from the outside world, passed in rather than imported. */
export interface AppContext {
  config: Config;
  storage: Storage;
  clock: Clock;
}

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** Links we hand out point where people reach us: PUBLIC_URL, else the address this request used. */
export function publicOrigin(request: FastifyRequest, ctx: AppContext): string {
  return ctx.config.publicUrl ?? `${request.protocol}://${request.host}`;
}
