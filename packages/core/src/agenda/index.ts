export { agendaFromTemplate } from "./built-in-templates.js";
export {
  type AgendaTime,
  agendaTime,
  MAX_MEETING_MINUTES,
  preparationFromDesign,
  type SessionDesign,
  sessionCreateFromDesign,
  sessionDesignSchema,
} from "./design.js";
export { AGENDA_API_ERROR_CODES, type AgendaApiErrorCode } from "./errors.js";
export { DEFAULT_GROUND_RULES } from "./ground-rules.js";
export {
  type AgendaProblem,
  type AgendaTemplate,
  type AgendaTemplateBody,
  agendaProblem,
  agendaTemplateBodySchema,
  agendaTemplatePatchSchema,
  agendaTemplateSchema,
  MAX_ORGANISATION_TEMPLATES,
  type TemplateDesign,
  templateDesignSchema,
  templateNameKey,
} from "./saved-templates.js";
export {
  AGENDA_TEMPLATE_IDS,
  type AgendaTemplateId,
  agendaFromLibrary,
  templateMeetingMinutes,
} from "./templates.js";
