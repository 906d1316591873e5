import type { PreparationApiErrorCode } from "@samspel/core";

export const preparationApiErrors: Record<PreparationApiErrorCode, string> = {
  perspective_not_found: "Dat perspectief hoort niet meer bij deze sessie.",
  session_invitation_not_found: "Die uitnodiging hoort niet meer bij deze sessie.",
  already_invited: "Dit lid is al uitgenodigd voor de sessie.",
  invitee_not_member:
    "Alleen leden van de organisatie kunnen met hun account worden uitgenodigd. Nodig anderen uit met hun naam.",
  preparation_limit_reached: "Deze sessie heeft de grens voor dit soort items bereikt.",
  material_not_found: "Dat materiaal hoort niet meer bij deze sessie.",
  material_too_large: "Het bestand is te groot: een bestand mag hoogstens 10 MB zijn.",
  materials_quota_exceeded:
    "De bestanden van de sessie zouden samen meer dan 50 MB worden. Verwijder eerst een bestand.",
  material_type_not_allowed:
    "Dit soort bestand kan niet worden gedeeld. Gebruik pdf, kantoordocumenten, afbeeldingen of platte tekst.",
  meeting_time_missing:
    "De bijeenkomst heeft nog geen tijd, dus er is niets om aan een agenda toe te voegen.",
};
