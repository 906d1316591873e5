import { COHORT_STAFF_ROLES, idSchema } from "@samspel/core";
import { z } from "zod";

export const orgParams = z.strictObject({ orgId: idSchema });
export const programmeParams = z.strictObject({ programmeId: idSchema });
export const orgProgrammeParams = z.strictObject({ orgId: idSchema, programmeId: idSchema });
export const cohortParams = z.strictObject({ cohortId: idSchema });
export const cohortStaffParams = z.strictObject({
  cohortId: idSchema,
  role: z.enum(COHORT_STAFF_ROLES),
  userId: idSchema,
});
export const gatheringParams = z.strictObject({ gatheringId: idSchema });
export const enrolmentParams = z.strictObject({ enrolmentId: idSchema });
export const practiceParams = z.strictObject({ practiceId: idSchema });
export const certificationParams = z.strictObject({ certificationId: idSchema });
export const requestParams = z.strictObject({ requestId: idSchema });
export const facilitatorParams = z.strictObject({ orgId: idSchema, userId: idSchema });
