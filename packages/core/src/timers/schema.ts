import { z } from "zod";
import { idSchema } from "../accounts/schemas.js";
import { messageSchema, timestampSchema } from "../session/schema-helpers.js";
import { MAX_TIMEBOX_SECONDS } from "../steps/schema.js";

export const timerCommandSchemas = [
  messageSchema("timer.start", { seconds: z.number().int().min(1).max(MAX_TIMEBOX_SECONDS) }),
  messageSchema("timer.pause", {}),
  messageSchema("timer.resume", {}),
  messageSchema("timer.stop", {}),
] as const;

// Absolute times, computed by decide from the server clock: every client counts down to the
// same instant whatever its own clock says, and the reducer never reads a clock.
export const timerEventSchemas = [
  messageSchema("timer.started", {
    stepId: idSchema,
    durationSeconds: z.number().int().positive(),
    endsAt: timestampSchema,
  }),
  messageSchema("timer.paused", { remainingMs: z.number().int().nonnegative() }),
  messageSchema("timer.resumed", { endsAt: timestampSchema }),
  messageSchema("timer.stopped", {}),
] as const;
