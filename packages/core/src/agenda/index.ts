export {
  type AgendaTime,
  agendaTime,
  MAX_MEETING_MINUTES,
  type SessionDesign,
  sessionCreateFromDesign,
  sessionDesignSchema,
} from "./design.js";
export { DEFAULT_GROUND_RULES } from "./ground-rules.js";
export {
  AGENDA_TEMPLATE_IDS,
  type AgendaTemplateId,
  agendaFromTemplate,
  templateMeetingMinutes,
} from "./templates.js";
