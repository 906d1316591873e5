import { idSchema } from "../accounts/schemas.js";
import { messageSchema, textSchema } from "../session/schema-helpers.js";

const groupNameSchema = textSchema(1, 80);

export const groupCommandSchemas = [
  messageSchema("group.create", { name: groupNameSchema }),
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
