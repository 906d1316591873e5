import { z } from "zod";
import { idSchema } from "../accounts/schemas.js";
import { ACTION_STATUSES } from "../actions/rules.js";
import { EFFECT_METRICS } from "../consent/effect.js";
import { calendarDateSchema, decisionActionSchema } from "../consent/schema.js";
import { textSchema } from "../session/schema-helpers.js";
import { DECISION_STATUSES } from "./decisions.js";

/*
 * The actions HTTP API: the actions a decision gave, their status and comments, each person's
 * list, the overdue list, the calendar feed, and the results worth celebrating.
 */

export const MAX_ACTION_COMMENT_CHARS = 2_000;
export const MAX_ACTION_REASON_CHARS = 2_000;
/** Comments shown with an action; an action talked about more than this is a meeting topic. */
export const MAX_ACTION_COMMENTS = 200;

export const actionCommentSchema = z.strictObject({
  id: z.string(),
  authorId: z.string().nullable(),
  authorName: z.string(),
  text: z.string(),
  at: z.string(),
});
export type ActionComment = z.infer<typeof actionCommentSchema>;

export const actionSchema = z.strictObject({
  id: z.string(),
  decisionId: z.string(),
  position: z.number().int(),
  what: z.string(),
  /** The owner's name as the group said it; kept as said when a member is linked. */
  owner: z.string(),
  /** The member the action is linked to, and their name today. */
  ownerUserId: z.string().nullable(),
  ownerName: z.string().nullable(),
  dueDate: z.string().nullable(),
  status: z.enum(ACTION_STATUSES),
  statusReason: z.string().nullable(),
  statusChangedAt: z.string().nullable(),
  statusChangedByName: z.string().nullable(),
  /** Null for the actions the meeting gave; the manager's name for those added later. */
  addedByName: z.string().nullable(),
});
export type Action = z.infer<typeof actionSchema>;

export const actionWithCommentsSchema = actionSchema.extend({
  comments: z.array(actionCommentSchema),
});
export type ActionWithComments = z.infer<typeof actionWithCommentsSchema>;

/** GET /api/decisions/:id/actions */
export const decisionActionsResponseSchema = z.strictObject({
  actions: z.array(actionWithCommentsSchema),
  /** Whether the caller may add actions, link owners and move due dates. */
  canManage: z.boolean(),
});
export type DecisionActionsResponse = z.infer<typeof decisionActionsResponseSchema>;

/** POST /api/actions/:id/status. A dropped action's reason is checked by core's rules. */
export const actionStatusChangeSchema = z.discriminatedUnion("status", [
  z.strictObject({ status: z.literal("open") }),
  z.strictObject({ status: z.literal("done") }),
  z.strictObject({
    status: z.literal("dropped"),
    reason: z.string().trim().max(MAX_ACTION_REASON_CHARS).optional(),
  }),
]);

/** PATCH /api/actions/:id: link the owner to a member (null unlinks), move the due date. */
export const actionUpdateSchema = z
  .strictObject({
    ownerUserId: idSchema.nullable().optional(),
    dueDate: calendarDateSchema.nullable().optional(),
  })
  .refine((body) => body.ownerUserId !== undefined || body.dueDate !== undefined, {
    message: "Send ownerUserId or dueDate.",
  });
export type ActionUpdate = z.infer<typeof actionUpdateSchema>;

/** POST /api/decisions/:id/actions: an action added after the meeting. */
export const newActionSchema = decisionActionSchema.extend({
  ownerUserId: idSchema.optional(),
});
export type NewAction = z.infer<typeof newActionSchema>;

/** POST /api/actions/:id/comments */
export const newActionCommentSchema = z.strictObject({
  text: textSchema(1, MAX_ACTION_COMMENT_CHARS),
});

/**
 * An action in a person's list or the overdue list, with the decision it came from: its status
 * tells the owner why an action of a superseded or revoked decision is not overdue.
 */
export const listedActionSchema = actionSchema.extend({
  decisionTitle: z.string(),
  decisionText: z.string(),
  decisionStatus: z.enum(DECISION_STATUSES),
  overdue: z.boolean(),
});
export type ListedAction = z.infer<typeof listedActionSchema>;

export const actionListSchema = z.strictObject({ actions: z.array(listedActionSchema) });
export type ActionListResponse = z.infer<typeof actionListSchema>;

/** GET /api/me/calendar-feed: whether a feed exists; its address is shown only when made. */
export const calendarFeedStateSchema = z.strictObject({ createdAt: z.string().nullable() });
export type CalendarFeedState = z.infer<typeof calendarFeedStateSchema>;

/** POST /api/me/calendar-feed: the new address, shown this once. */
export const calendarFeedSchema = z.strictObject({
  url: z.string(),
  webcalUrl: z.string(),
  createdAt: z.string(),
});
export type CalendarFeed = z.infer<typeof calendarFeedSchema>;

/** GET /api/orgs/:id/decisions/celebrations */
export const celebrationSchema = z.strictObject({
  decisionId: z.string(),
  title: z.string(),
  text: z.string(),
  decidedAt: z.string(),
  actionsDone: z.number().int(),
  /** The metric whose improvement was confirmed; null when the decision named no effect. */
  confirmedMetric: z.enum(EFFECT_METRICS).nullable(),
});
export type Celebration = z.infer<typeof celebrationSchema>;
export const celebrationListSchema = z.strictObject({ decisions: z.array(celebrationSchema) });
export type CelebrationList = z.infer<typeof celebrationListSchema>;
