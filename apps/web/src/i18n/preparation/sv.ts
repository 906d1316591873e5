import type { PreparationApiErrorCode } from "@samspel/core";

export const preparationApiErrors: Record<PreparationApiErrorCode, string> = {
  perspective_not_found: "Det perspektivet hör inte längre till den här sessionen.",
  session_invitation_not_found: "Den inbjudan hör inte längre till den här sessionen.",
  already_invited: "Den här medlemmen är redan inbjuden till sessionen.",
  invitee_not_member:
    "Bara medlemmar i organisationen kan bjudas in med konto. Bjud in andra med namn.",
  preparation_limit_reached: "Sessionen har nått gränsen för den här typen av poster.",
  material_not_found: "Det materialet hör inte längre till den här sessionen.",
  material_too_large: "Filen är för stor: en fil får vara högst 10 MB.",
  materials_quota_exceeded:
    "Sessionens filer skulle tillsammans ta mer än 50 MB. Ta bort en fil först.",
  material_type_not_allowed:
    "Den här filtypen kan inte delas. Använd PDF, kontorsdokument, bilder eller ren text.",
  meeting_time_missing: "Mötet har ingen tid än, så det finns inget att lägga i kalendern.",
};
