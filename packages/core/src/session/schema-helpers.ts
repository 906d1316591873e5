import { z } from "zod";

/**
 * Commands and events share one shape, `{type, payload}`, with strict payloads: an unknown field
 * is a client bug we want to surface, not silently drop.
 */
export function messageSchema<const T extends string, S extends z.core.$ZodLooseShape>(
  type: T,
  payload: S,
) {
  return z.strictObject({ type: z.literal(type), payload: z.strictObject(payload) });
}

/** Timestamps travel as ISO 8601 strings, the form `Date.prototype.toISOString` writes. */
export const timestampSchema = z.iso.datetime();

/** A free-text field: trimmed, bounded. */
export function textSchema(min: number, max: number) {
  return z.string().trim().min(min).max(max);
}

/**
 * A strict object with `shape`'s fields plus a message's `type` and `payload`, the latter two
 * checked by `union` (the commands or the events). Issues keep their paths (`payload.text`).
 */
export function withMessage<
  U extends z.ZodType<{ type: string; payload: unknown }>,
  S extends z.core.$ZodShape,
>(union: U, shape: S) {
  return z
    .strictObject({ ...shape, type: z.string().max(64), payload: z.unknown() })
    .transform((value, ctx) => {
      const { type, payload, ...fields } = value as Record<string, unknown>;
      const message = union.safeParse({ type, payload });
      if (message.success)
        return { ...fields, ...message.data } as z.output<z.ZodObject<S>> & z.output<U>;
      for (const issue of message.error.issues) ctx.issues.push({ ...issue, input: undefined });
      return z.NEVER;
    });
}
