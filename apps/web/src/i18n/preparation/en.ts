import type { PreparationApiErrorCode } from "@samspel/core";

// Typed over core's union: a new preparation error code fails the type check here and in each locale.
export const preparationApiErrors: Record<PreparationApiErrorCode, string> = {
  perspective_not_found: "That perspective is no longer part of this session.",
  session_invitation_not_found: "That invitation is no longer part of this session.",
  already_invited: "This member is already invited to the session.",
  invitee_not_member:
    "Only members of the organisation can be invited by account. Invite others by name.",
  preparation_limit_reached: "This session has reached the limit for this kind of entry.",
  material_not_found: "That material is no longer part of this session.",
  material_too_large: "The file is too large: a file may be at most 10 MB.",
  materials_quota_exceeded:
    "The session's files would take more than 50 MB together. Remove a file first.",
  material_type_not_allowed:
    "This kind of file cannot be shared. Use PDF, office documents, images or plain text.",
  meeting_time_missing: "The meeting has no time yet, so there is nothing to add to a calendar.",
};
