import type { TrainingApiErrorCode } from "@samspel/core";

export const trainingApiErrors: Record<TrainingApiErrorCode, string> = {
  programme_not_found: "Den här utbildningen finns inte, eller så har du inte tillgång till den.",
  cohort_not_found: "Den här kullen finns inte, eller så har du inte tillgång till den.",
  gathering_not_found: "Den här träffen finns inte.",
  enrolment_not_found: "Den här anmälan finns inte, eller så har du inte tillgång till den.",
  practice_not_found: "Den här övningsprocessen finns inte.",
  certification_not_found: "Det här certifikatet finns inte.",
  booking_request_not_found:
    "Den här beställningen finns inte, eller så har du inte tillgång till den.",
  partner_not_found: "Ingen organisation med det id:t hittades.",
  partner_is_owner: "Utbildningen tillhör redan den organisationen.",
  partnership_not_offered: "Den här utbildningen har inte erbjudits din organisation.",
  programme_not_offered: "Den här utbildningen är inte öppen för den organisationen.",
  already_signed_up: "Du är redan anmäld till den här kullen.",
  offer_not_open: "Det här erbjudandet är inte längre öppet.",
  cannot_withdraw: "Den här anmälan kan inte längre återkallas.",
  not_a_trainee: "Den personen har ingen plats i den här kullen.",
  supervisor_not_certified: "En handledare måste ha ett giltigt certifikat.",
  training_not_complete: "Deltagaren har ännu inte uppfyllt utbildningens krav för att bli klar.",
  invalid_period: "Slutdatumet får inte ligga före startdatumet.",
  facilitator_not_found: "Den processledaren finns inte i den här poolen.",
  facilitator_not_certified: "Processledaren är inte certifierad.",
  certification_expired: "Processledarens certifikat gäller inte för dessa datum.",
  facilitator_double_booked: "Processledaren är redan bokad dessa datum.",
  resource_person_not_eligible:
    "En resursperson måste vara deltagare eller certifierad processledare.",
  resource_person_double_booked: "En resursperson är redan bokad dessa datum.",
  resource_person_is_facilitator: "Processledaren kan inte också vara resursperson.",
};
