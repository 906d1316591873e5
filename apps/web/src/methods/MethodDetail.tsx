import type { MethodView } from "@samspel/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LANGUAGE_NAMES } from "../i18n/resources";

/** Every section of a method, in the method's own language; the headings in the interface's. */
export function MethodDetail({ method, actions }: { method: MethodView; actions?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <article className="method-detail stack-lg" data-testid="method-detail">
      <header className="stack">
        <div className="method-card-badges">
          <span className="badge">{t(`methods.categories.${method.category}`)}</span>
          {method.source === "organisation" && (
            <span className="badge badge-own">{t("methods.card.own")}</span>
          )}
        </div>
        <h2 className="method-title" lang={method.language}>
          {method.name}
        </h2>
        <p className="muted method-facts">
          <span>{t("methods.card.people", method.groupSize)}</span>
          <span>{t("methods.card.minutes", method.minutes)}</span>
          <span>
            {t("methods.detail.phases")}:{" "}
            {method.phases.map((phase) => t(`live.phases.${phase}`)).join(", ")}
          </span>
          {method.source === "organisation" && (
            <span>
              {t("methods.detail.writtenIn", { language: LANGUAGE_NAMES[method.language] })}
            </span>
          )}
        </p>
        {actions}
      </header>
      <div className="method-sections">
        <div className="stack-lg">
          <Section title={t("methods.detail.purpose")} lang={method.language}>
            <p>{method.purpose}</p>
          </Section>
          <Section title={t("methods.detail.whenToUse")} lang={method.language}>
            <p>{method.whenToUse}</p>
          </Section>
          <Section title={t("methods.detail.steps")} lang={method.language}>
            <ol className="method-steps">
              {method.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </Section>
          <Section title={t("methods.detail.question")} lang={method.language}>
            <blockquote className="method-question">{method.question}</blockquote>
          </Section>
          <Section title={t("methods.detail.goodQuestions")} lang={method.language}>
            <Bullets items={method.goodQuestions} />
          </Section>
        </div>
        <div className="stack-lg">
          <Section
            title={t("methods.detail.pitfalls")}
            lang={method.language}
            testId="method-pitfalls"
          >
            <Bullets items={method.pitfalls} />
          </Section>
          <Section title={t("methods.detail.materials")} lang={method.language}>
            {method.materials.length === 0 ? (
              <p className="muted">{t("methods.detail.noMaterials")}</p>
            ) : (
              <Bullets items={method.materials} />
            )}
          </Section>
          <LiveSection method={method} />
        </div>
      </div>
    </article>
  );
}

interface SectionProps {
  title: string;
  /** The content's language, where it is the method's rather than the interface's. */
  lang?: string;
  testId?: string;
  children: ReactNode;
}

function Section({ title, lang, testId, children }: SectionProps) {
  return (
    <section className="card stack method-section" data-testid={testId}>
      <h3>{title}</h3>
      <div className="stack" lang={lang}>
        {children}
      </div>
    </section>
  );
}

function Bullets({ items }: { items: readonly string[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** What choosing the method sets up in a live session (issue 7), in the interface's language. */
function LiveSection({ method }: { method: MethodView }) {
  const { t } = useTranslation();
  const { settings, round, timeboxSeconds } = method.live;
  const kinds = settings.contributionKinds.map((kind) => t(`live.kinds.${kind}`)).join(", ");
  const lines = [
    round
      ? t("methods.detail.round", { round: t(`methods.rounds.${round}`) })
      : t("methods.detail.noRound"),
    kinds ? t("methods.detail.contributions", { kinds }) : t("methods.detail.noContributions"),
    ...(kinds ? [settings.silent ? t("methods.detail.silent") : t("methods.detail.open")] : []),
    ...(settings.dotVoteBudget > 0
      ? [t("methods.detail.dots", { count: settings.dotVoteBudget })]
      : []),
    ...(settings.reactions ? [t("methods.detail.reactions")] : []),
    t(`methods.detail.grouping.${settings.grouping}`),
    t("methods.detail.timebox", { minutes: Math.round(timeboxSeconds / 60) }),
  ];
  return (
    <Section title={t("methods.detail.live")}>
      <Bullets items={lines} />
    </Section>
  );
}
