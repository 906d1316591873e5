import { z } from "zod";

/**
 * A public link's token as it arrives in the path. Bounded only (Fastify itself refuses path parameters over 100 characters): a token of the wrong shape is
 * "no such link" (404), not a validation error, so the answer never hints at the format.
 */
export const publicTokenParamsSchema = z.strictObject({ token: z.string().min(1).max(100) });
