import {
  AGENDA_TEMPLATE_IDS,
  type AgendaTemplateId,
  agendaFromTemplate,
  agendaTime,
  DEFAULT_GROUND_RULES,
  LOCALES,
  type Locale,
  type Organisation,
  type StepInput,
  sessionCreateFromDesign,
  sessionDesignSchema,
  templateMeetingMinutes,
} from "@samspel/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "wouter";
import { createSession } from "../../../api/sessions";
import { ErrorAlert } from "../../../components/Alert";
import { AlertIcon } from "../../../components/AlertIcon";
import { LanguageOptions } from "../../../components/LanguageOptions";
import { SubmitButton } from "../../../forms/SubmitButton";
import { currentLocale } from "../../../i18n/setup";
import { errorMessage } from "../../../lib/error-message";
import { OrgLayout } from "../OrgLayout";
import { AgendaSteps } from "./AgendaSteps";

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
  const [steps, setSteps] = useState<StepInput[]>(() => agendaFromTemplate(template, language));
  // Untouched template steps and rules follow a change of language; edited ones stay as written.
  const [stepsEdited, setStepsEdited] = useState(false);
  const [groundRules, setGroundRules] = useState(DEFAULT_GROUND_RULES[language].join("\n"));
  const [meetingMinutes, setMeetingMinutes] = useState(String(templateMeetingMinutes(template)));
  const [failure, setFailure] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  const chooseLanguage = (next: Locale) => {
    if (groundRules === DEFAULT_GROUND_RULES[language].join("\n")) {
      setGroundRules(DEFAULT_GROUND_RULES[next].join("\n"));
    }
    if (!stepsEdited) setSteps(agendaFromTemplate(template, next));
    setLanguage(next);
  };
  const chooseTemplate = (next: AgendaTemplateId) => {
    setTemplate(next);
    setSteps(agendaFromTemplate(next, language));
    setStepsEdited(false);
    setMeetingMinutes(String(templateMeetingMinutes(next)));
  };

  const meeting = Number.parseInt(meetingMinutes, 10);
  const length = Number.isFinite(meeting) && meeting > 0 ? meeting : null;
  const time = agendaTime(steps, length);
  const total = Math.round(time.totalSeconds / 60);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? "").trim();
    const parsed = sessionDesignSchema.safeParse({
      title: text("title"),
      language,
      purpose: text("purpose"),
      question: text("question"),
      desiredOutcome: text("desiredOutcome"),
      groundRules: lines(groundRules),
      meetingMinutes: length,
      steps: steps.map((step) => ({ ...step, methodName: step.methodName.trim() })),
    });
    if (!parsed.success) {
      setFailure(parsed.error);
      return;
    }
    setPending(true);
    setFailure(null);
    try {
      const created = await createSession(org.id, {
        ...sessionCreateFromDesign(parsed.data),
        anonymity: "named",
      });
      navigate(`/orgs/${encodeURIComponent(org.id)}/sessions/${encodeURIComponent(created.id)}`);
    } catch (error) {
      setFailure(error);
    } finally {
      setPending(false);
    }
  };

  return (
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
              value={template}
              onChange={(event) => {
                const next = AGENDA_TEMPLATE_IDS.find((id) => id === event.target.value);
                if (next) chooseTemplate(next);
              }}
            >
              {AGENDA_TEMPLATE_IDS.map((id) => (
                <option key={id} value={id}>
                  {t(`methods.agenda.templates.${id}`)}
                </option>
              ))}
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
        </div>
        <TextInput name="title" label={t("methods.agenda.titleField")} max={200} />
        <TextInput name="purpose" label={t("methods.agenda.purpose")} max={1000} />
        <TextInput name="question" label={t("methods.agenda.question")} max={1000} />
        <TextInput name="desiredOutcome" label={t("methods.agenda.desiredOutcome")} max={1000} />
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
        <AgendaSteps
          steps={steps}
          orgId={org.id}
          language={language}
          onChange={(next) => {
            setSteps(next);
            setStepsEdited(true);
          }}
        />
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
        {failure !== null && (
          <ErrorAlert>
            {steps.length === 0 ? t("methods.agenda.noSteps") : errorMessage(failure, t)}
          </ErrorAlert>
        )}
        <div className="actions">
          <SubmitButton
            pending={pending}
            label={t("methods.agenda.create")}
            pendingLabel={t("methods.agenda.creating")}
          />
        </div>
      </div>
    </form>
  );
}

function TextInput({ name, label, max }: { name: string; label: string; max: number }) {
  return (
    <div className="field">
      <label className="label" htmlFor={`design-${name}`}>
        {label}
      </label>
      <input id={`design-${name}`} name={name} className="input" maxLength={max} />
    </div>
  );
}
