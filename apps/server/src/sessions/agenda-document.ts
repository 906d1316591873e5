import {
  agendaTime,
  findBuiltInMethod,
  isLocale,
  type Preparation,
  type StepDefinition,
} from "@samspel/core";
import { type Block, type ExportDocument, heading, listOr, paragraph } from "../documents/model.js";
import { exportLanguage } from "../documents/texts/index.js";

export interface AgendaSource {
  id: string;
  title: string;
  question: string;
  language: string;
  groundRules: string[];
  /** The steps in their order. */
  steps: StepDefinition[];
  preparation: Pick<
    Preparation,
    "purpose" | "desiredOutcome" | "startsAt" | "durationMinutes" | "place"
  >;
  /** The IANA time zone the facilitator reads clock times in; UTC when unknown. */
  timeZone: string;
}

/*
 * The facilitator's agenda on paper, in the session's language: why and what for, when, the
 * ground rules, and each step with its method, timebox, clock time (when a start is set),
 * prompt and notes. The notes are the facilitator's own, which is why only facilitators get it.
 */
export function agendaDocument(source: AgendaSource): ExportDocument {
  const lang = exportLanguage(source.language);
  const { fill } = lang;
  const t = lang.texts.agenda;
  const { preparation: prep } = source;
  const minutes = (seconds: number) => fill(t.minutes, { minutes: Math.round(seconds / 60) });
  const { timeZone } = source;
  const clock = new Intl.DateTimeFormat(lang.locale, { timeStyle: "short", timeZone });
  const when = new Intl.DateTimeFormat(lang.locale, {
    dateStyle: "long",
    timeStyle: "short",
    timeZone,
  });
  const meetingTime = (iso: string) => `${when.format(new Date(iso))} (${timeZone})`;
  const start = prep.startsAt ? new Date(prep.startsAt).getTime() : null;
  const time = agendaTime(source.steps, prep.durationMinutes);

  const meeting: Array<[string, string]> = [
    ...(prep.startsAt ? [[t.meeting, meetingTime(prep.startsAt)] as [string, string]] : []),
    ...(prep.durationMinutes !== null
      ? [[t.length, fill(t.minutes, { minutes: prep.durationMinutes })] as [string, string]]
      : []),
    ...(prep.place ? [[t.place, prep.place] as [string, string]] : []),
  ];

  let elapsedSeconds = 0;
  const steps = source.steps.flatMap((step, index): Block[] => {
    const startsAt = start === null ? null : clock.format(new Date(start + elapsedSeconds * 1000));
    elapsedSeconds += step.timeboxSeconds ?? 0;
    const method = step.methodId ? findBuiltInMethod(step.methodId) : undefined;
    const methodName =
      method && isLocale(lang.locale) ? method.texts[lang.locale].name : step.methodName;
    return [
      heading(fill(t.stepHeading, { number: index + 1, name: step.methodName }), 3),
      {
        kind: "fields",
        fields: [
          ...(startsAt ? [[t.startsAt, startsAt] as [string, string]] : []),
          [t.timebox, step.timeboxSeconds ? minutes(step.timeboxSeconds) : t.noTimebox],
          ...(methodName !== step.methodName ? [[t.method, methodName] as [string, string]] : []),
        ],
      },
      ...(step.prompt ? [paragraph(`${t.prompt}: ${step.prompt}`)] : []),
      ...(step.notes ? [paragraph(`${t.notes}: ${step.notes}`, "muted")] : []),
    ];
  });

  const blocks: Block[] = [
    ...(meeting.length > 0 ? [{ kind: "fields", fields: meeting } satisfies Block] : []),
    ...(source.question ? [heading(t.question), paragraph(source.question, "strong")] : []),
    ...(prep.purpose ? [heading(t.purpose), paragraph(prep.purpose)] : []),
    ...(prep.desiredOutcome ? [heading(t.desiredOutcome), paragraph(prep.desiredOutcome)] : []),
    heading(t.groundRules),
    listOr(source.groundRules, t.noGroundRules),
    heading(t.steps),
    ...(steps.length > 0 ? steps : [paragraph(t.noSteps, "muted")]),
    { kind: "fields", fields: [[t.total, minutes(time.totalSeconds)]] },
    ...(time.overrunSeconds > 0
      ? [paragraph(fill(t.overrun, { minutes: Math.ceil(time.overrunSeconds / 60) }), "strong")]
      : []),
  ];

  return {
    language: lang.locale,
    title: source.title,
    subtitle: fill(t.subtitle, {
      kind: t.eyebrow,
      date: prep.startsAt ? meetingTime(prep.startsAt) : t.undated,
    }),
    footer: fill(t.footer, { id: source.id }),
    blocks,
  };
}
