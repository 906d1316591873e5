import { FEEDBACK_QUESTIONS, type SessionReport } from "@samspel/core";
import { type Block, type ExportDocument, heading, listOr, paragraph } from "../documents/model.js";
import { exportLanguage } from "../documents/texts/index.js";

/*
 * A session report as an export document, in the session's language: the question, its
 * decisions, participation as a mirror (step by step, people in the order they joined, never
 * ranked), the feedback summary and the facilitator's reflection. Per-person figures appear
 * only when the report route gave them, that is to facilitators (core's participationFigures).
 */

const clock = (totalSeconds: number) => {
  const seconds = Math.round(totalSeconds);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
};

export function reportDocument(report: SessionReport): ExportDocument {
  const lang = exportLanguage(report.session.language);
  const { fill, plural, number } = lang;
  const t = lang.texts.report;
  const { decidedAt, postponedAt } = lang.texts.decision;
  const outcome = { decided: decidedAt, postponed: postponedAt };
  const { session, participation, feedback, reflection } = report;

  const blocks: Block[] = [
    {
      kind: "fields",
      fields: [
        [t.started, session.startedAt ? lang.dateTime(session.startedAt) : t.notStarted],
        ...(session.closedAt
          ? [[t.closed, lang.dateTime(session.closedAt)] as [string, string]]
          : []),
      ],
    },
    ...(session.question ? [heading(t.question), paragraph(session.question)] : []),
    heading(t.decisions),
    listOr(
      report.decisions.map((d) => `${outcome[d.outcome]}: ${d.text}`),
      t.noDecisions,
    ),
    heading(t.participation),
    paragraph(t.participationIntro, "muted"),
    paragraph(plural(t.participants, participation.participants), "strong"),
    {
      kind: "table",
      head: [t.step, t.contributed],
      rows: participation.steps.map((step) => [
        step.methodName,
        `${fill(t.stepShare, { contributors: step.contributors, participants: participation.participants })} (${Math.round(step.share * 100)} %)`,
      ]),
    },
    {
      kind: "fields",
      fields: [
        [t.giniContributions, number(participation.gini.contributions)],
        [t.giniTalkTime, number(participation.gini.talkTime)],
      ],
    },
    paragraph(t.giniExplain, "muted"),
    ...(participation.perParticipant.length > 0
      ? [
          heading(t.perPerson, 3),
          {
            kind: "table",
            head: [t.person, t.contributions, t.talkTime],
            rows: participation.perParticipant.map((person, index) => [
              person.displayName ?? fill(t.unnamed, { number: index + 1 }),
              String(person.contributions),
              clock(person.talkSeconds),
            ]),
          } satisfies Block,
        ]
      : []),
    heading(t.feedback),
    paragraph(plural(t.responses, feedback.responses), "strong"),
    {
      kind: "fields",
      fields: FEEDBACK_QUESTIONS.map((question) => {
        const { answered, mean } = feedback.questions[question];
        return [
          t.questions[question],
          mean === null ? t.noAnswers : fill(t.mean, { value: number(mean, 1), count: answered }),
        ];
      }),
    },
    ...(feedback.comments.length > 0
      ? [heading(t.comments, 3), { kind: "list", items: feedback.comments } satisfies Block]
      : []),
    heading(t.reflection),
    ...(reflection
      ? [
          heading(t.whatWeDid, 3),
          paragraph(reflection.whatWeDid || "—"),
          heading(t.howWeDidIt, 3),
          paragraph(reflection.howWeDidIt || "—"),
          heading(t.effect, 3),
          paragraph(reflection.effect || "—"),
        ]
      : [paragraph(t.noReflection, "muted")]),
  ];

  return {
    language: lang.locale,
    title: session.title,
    subtitle: session.startedAt
      ? fill(t.subtitle, { kind: t.eyebrow, date: lang.dateTime(session.startedAt) })
      : `${t.eyebrow} · ${t.notStarted}`,
    footer: fill(t.footer, { id: session.id }),
    blocks,
  };
}
