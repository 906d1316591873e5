import { z } from "zod";
import { idSchema } from "../accounts/schemas.js";
import { messageSchema, textSchema } from "../session/schema-helpers.js";

const groupNameSchema = textSchema(1, 80);

/** More than a board holds in practice; a bound on what one command may carry. */
export const MAX_GROUP_CONTRIBUTIONS = 500;

export const groupCommandSchemas = [
  /**
   * With `contributionIds`, the group is made with them in it, all or nothing: an accepted
   * suggestion appears whole for everyone, never as an empty group filling one card at a time.
   */
  messageSchema("group.create", {
    name: groupNameSchema,
    contributionIds: z.array(idSchema).max(MAX_GROUP_CONTRIBUTIONS).optional(),
  }),
  messageSchema("group.rename", { groupId: idSchema, name: groupNameSchema }),
  messageSchema("group.delete", { groupId: idSchema }),
  /** Into a group, or out of every group with `groupId: null`. */
  messageSchema("group.move_contribution", {
    contributionId: idSchema,
    groupId: idSchema.nullable(),
  }),
] as const;

export const groupEventSchemas = [
  messageSchema("group.created", { groupId: idSchema, stepId: idSchema, name: groupNameSchema }),
  messageSchema("group.renamed", { groupId: idSchema, name: groupNameSchema }),
  messageSchema("group.deleted", { groupId: idSchema }),
  messageSchema("contribution.grouped", {
    contributionId: idSchema,
    groupId: idSchema.nullable(),
  }),
] as const;
