import {
  AGENDA_TEMPLATE_IDS,
  type AgendaTemplate,
  type AgendaTemplateId,
  agendaFromLibrary,
  agendaProblem,
  agendaTime,
  DEFAULT_GROUND_RULES,
  LOCALES,
  type Locale,
  type Organisation,
  preparationFromDesign,
  type StepInput,
  sessionCreateFromDesign,
  sessionDesignSchema,
  type TemplateDesign,
  templateMeetingMinutes,
} from "@samspel/core";
import { type FormEvent, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "wouter";
import { fetchAgendaTemplates } from "../../../api/agenda-templates";
import { fetchPublicLibrary } from "../../../api/methods";
import { savePreparation } from "../../../api/preparation";
import { createSession } from "../../../api/sessions";
import { ErrorAlert } from "../../../components/Alert";
import { AlertIcon } from "../../../components/AlertIcon";
import { LanguageOptions } from "../../../components/LanguageOptions";
import { LoadError } from "../../../components/LoadError";
import { Loading } from "../../../components/Loading";
import { SubmitButton } from "../../../forms/SubmitButton";
import { currentLocale } from "../../../i18n/setup";
import { errorMessage } from "../../../lib/error-message";
import { useResource } from "../../../lib/use-resource";
import { OrgLayout } from "../OrgLayout";
import { fromLocalInput } from "../prepare/local-time";
import { AgendaSteps } from "./AgendaSteps";
import { TemplateShelf } from "./TemplateShelf";

export function DesignSessionPage({ orgId }: { orgId: string }) {
  return (
    <OrgLayout orgId={orgId} section="sessions">
      {(org) => <DesignSession org={org} />}
    </OrgLayout>
  );
}

const lines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

/** The agenda builder: a session's design, created as a live session with its steps. */
function DesignSession({ org }: { org: Organisation }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [language, setLanguage] = useState<Locale>(currentLocale());
  const [template, setTemplate] = useState<AgendaTemplateId>("decisions-by-design");
  const [ownTemplateId, setOwnTemplateId] = useState<string | null>(null);
  // The facilitator's own steps: edited, or brought by a saved template. Until there are any,
  // the steps are the built-in template's in the session's language, and follow both.
  const [ownSteps, setOwnSteps] = useState<StepInput[] | null>(null);
  // The methods' texts come from the server in one language rather than in the bundle in four.
  const library = useResource(`agenda-library:${language}`, (signal) =>
    fetchPublicLibrary(language, signal),
  );
  const methods = library.status === "ready" ? library.data.methods : null;
  const templateSteps = useMemo(
    () => (methods ? agendaFromLibrary(template, methods) : null),
    [template, methods],
  );
  const steps = ownSteps ?? templateSteps;
  const [brief, setBrief] = useState({ purpose: "", question: "", desiredOutcome: "" });
  const [startsAt, setStartsAt] = useState("");
  const own = useResource(`agenda-templates:${org.id}`, (signal) =>
    fetchAgendaTemplates(org.id, signal),
  );
  const ownTemplates = own.status === "ready" ? own.data : [];
  // Untouched template rules follow a change of language; edited ones stay as written.
  const [groundRules, setGroundRules] = useState(DEFAULT_GROUND_RULES[language].join("\n"));
  const [meetingMinutes, setMeetingMinutes] = useState(String(templateMeetingMinutes(template)));
  // A sentence for the reader: the agenda's own problems are named before anything is sent.
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const chooseLanguage = (next: Locale) => {
    if (groundRules === DEFAULT_GROUND_RULES[language].join("\n")) {
      setGroundRules(DEFAULT_GROUND_RULES[next].join("\n"));
    }
    setLanguage(next);
  };
  const chooseTemplate = (next: AgendaTemplateId) => {
    setTemplate(next);
    setOwnTemplateId(null);
    setOwnSteps(null);
    setMeetingMinutes(String(templateMeetingMinutes(next)));
  };

  /** An own template brings its whole design: language, brief, rules, length and steps. */
  const chooseOwnTemplate = ({ id, design }: AgendaTemplate) => {
    setOwnTemplateId(id);
    setLanguage(design.language);
    setBrief({
      purpose: design.purpose,
      question: design.question,
      desiredOutcome: design.desiredOutcome,
    });
    setGroundRules(design.groundRules.join("\n"));
    setMeetingMinutes(design.meetingMinutes === null ? "" : String(design.meetingMinutes));
    setOwnSteps(design.steps);
  };

  const meeting = Number.parseInt(meetingMinutes, 10);
  const length = Number.isFinite(meeting) && meeting > 0 ? meeting : null;
  const time = agendaTime(steps ?? [], length);
  const total = Math.round(time.totalSeconds / 60);

  const currentDesign = (): TemplateDesign => ({
    language,
    ...brief,
    groundRules: lines(groundRules),
    meetingMinutes: length,
    steps: (steps ?? []).map((step) => ({ ...step, methodName: step.methodName.trim() })),
  });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Without steps yet (the library is on its way) there is nothing to create.
    if (pending || steps === null) return;
    const title = String(new FormData(event.currentTarget).get("title") ?? "").trim();
    const problem = agendaProblem(steps);
    if (problem) {
      setFailure(t(`apiErrors.${problem.code}`));
      return;
    }
    const parsed = sessionDesignSchema.safeParse({ title, ...currentDesign() });
    if (!parsed.success) {
      setFailure(t("methods.agenda.invalid"));
      return;
    }
    setPending(true);
    setFailure(null);
    let created: { id: string };
    try {
      created = await createSession(org.id, {
        ...sessionCreateFromDesign(parsed.data),
        anonymity: "named",
      });
    } catch (error) {
      setFailure(errorMessage(error, t));
      setPending(false);
      return;
    }
    const sessionPath = `/orgs/${encodeURIComponent(org.id)}/sessions/${encodeURIComponent(created.id)}`;
    try {
      await savePreparation(
        created.id,
        preparationFromDesign(parsed.data, fromLocalInput(startsAt)),
      );
      navigate(sessionPath);
    } catch {
      // The session exists: trying again here would make a second. Its Prepare page takes
      // the purpose and time instead.
      navigate(`${sessionPath}/prepare`);
    }
  };

  return (
    <div className="stack-lg">
      <form className="stack-lg" onSubmit={(event) => void onSubmit(event)} noValidate>
        <section className="card stack" aria-labelledby="design-heading">
          <h2 id="design-heading">{t("methods.agenda.title")}</h2>
          <p className="muted">{t("methods.agenda.intro")}</p>
          <div className="form-row">
            <div className="field">
              <label className="label" htmlFor="design-template">
                {t("methods.agenda.template")}
              </label>
              <select
                id="design-template"
                className="select"
                value={ownTemplateId === null ? template : `own:${ownTemplateId}`}
                onChange={(event) => {
                  const value = event.target.value;
                  const next = AGENDA_TEMPLATE_IDS.find((id) => id === value);
                  if (next) chooseTemplate(next);
                  const saved = ownTemplates.find(({ id }) => `own:${id}` === value);
                  if (saved) chooseOwnTemplate(saved);
                }}
              >
                <optgroup label={t("methods.agenda.builtInTemplates")}>
                  {AGENDA_TEMPLATE_IDS.map((id) => (
                    <option key={id} value={id}>
                      {t(`methods.agenda.templates.${id}`)}
                    </option>
                  ))}
                </optgroup>
                {ownTemplates.length > 0 && (
                  <optgroup label={t("methods.agenda.ownTemplates")}>
                    {ownTemplates.map(({ id, name }) => (
                      <option key={id} value={`own:${id}`}>
                        {name}
                      </option>
                    ))}
                  </optgroup>
                )}
              </select>
              <p className="field-hint">{t("methods.agenda.templateHint")}</p>
            </div>
            <div className="field">
              <label className="label" htmlFor="design-language">
                {t("methods.agenda.language")}
              </label>
              <select
                id="design-language"
                className="select"
                value={language}
                onChange={(event) => {
                  const next = LOCALES.find((locale) => locale === event.target.value);
                  if (next) chooseLanguage(next);
                }}
              >
                <LanguageOptions />
              </select>
            </div>
            <div className="field">
              <label className="label" htmlFor="design-minutes">
                {t("methods.agenda.meetingMinutes")}
              </label>
              <input
                id="design-minutes"
                className="input"
                type="number"
                min={1}
                inputMode="numeric"
                value={meetingMinutes}
                onChange={(event) => setMeetingMinutes(event.target.value)}
              />
            </div>
            <div className="field">
              <label className="label" htmlFor="design-starts-at">
                {t("methods.agenda.startsAt")}
              </label>
              <input
                id="design-starts-at"
                className="input"
                type="datetime-local"
                value={startsAt}
                onChange={(event) => setStartsAt(event.target.value)}
              />
            </div>
          </div>
          <p className="field-hint">{t("methods.agenda.startsAtHint")}</p>
          <TextInput name="title" label={t("methods.agenda.titleField")} max={200} />
          {(["purpose", "question", "desiredOutcome"] as const).map((key) => (
            <TextInput
              key={key}
              name={key}
              label={t(`methods.agenda.${key}`)}
              max={1000}
              value={brief[key]}
              onChange={(value) => setBrief((current) => ({ ...current, [key]: value }))}
            />
          ))}
          <div className="field">
            <label className="label" htmlFor="design-rules">
              {t("methods.agenda.groundRules")}
            </label>
            <textarea
              id="design-rules"
              className="input textarea"
              rows={5}
              value={groundRules}
              onChange={(event) => setGroundRules(event.target.value)}
            />
            <p className="field-hint">{t("methods.agenda.groundRulesHint")}</p>
          </div>
        </section>
        <section className="stack" aria-labelledby="design-steps-title">
          <h2 id="design-steps-title">{t("methods.agenda.stepsTitle")}</h2>
          {steps !== null ? (
            <AgendaSteps
              steps={steps}
              orgId={org.id}
              language={language}
              onChange={(next) => {
                setOwnSteps(next);
                // A problem named about the steps is stale once they change.
                setFailure(null);
              }}
            />
          ) : library.status === "error" ? (
            <LoadError error={library.error} onRetry={library.reload} />
          ) : (
            <Loading />
          )}
        </section>
        <div className="card stack agenda-summary" data-testid="agenda-total">
          <p>
            <strong>
              {length === null
                ? t("methods.agenda.totalNoLength", { total })
                : t("methods.agenda.total", { total, meeting: length })}
            </strong>
          </p>
          {time.overrunSeconds > 0 && (
            <div className="alert alert-warning" role="status" data-testid="agenda-overrun">
              <AlertIcon />
              <p>{t("methods.agenda.overrun", { minutes: Math.ceil(time.overrunSeconds / 60) })}</p>
            </div>
          )}
          {failure !== null && <ErrorAlert>{failure}</ErrorAlert>}
          <div className="actions no-print">
            <SubmitButton
              pending={pending}
              label={t("methods.agenda.create")}
              pendingLabel={t("methods.agenda.creating")}
            />
            <button
              type="button"
              className="button button-secondary"
              onClick={() => window.print()}
            >
              {t("methods.agenda.print")}
            </button>
          </div>
        </div>
      </form>
      <TemplateShelf
        orgId={org.id}
        templates={ownTemplates}
        design={currentDesign}
        reload={own.reload}
      />
    </div>
  );
}

interface TextInputProps {
  name: string;
  label: string;
  max: number;
  /** Controlled when given: a saved template fills the field. */
  value?: string;
  onChange?: (value: string) => void;
}

function TextInput({ name, label, max, value, onChange }: TextInputProps) {
  return (
    <div className="field">
      <label className="label" htmlFor={`design-${name}`}>
        {label}
      </label>
      <input
        id={`design-${name}`}
        name={name}
        className="input"
        maxLength={max}
        {...(value !== undefined && { value })}
        {...(onChange && { onChange: (event) => onChange(event.target.value) })}
      />
    </div>
  );
}
