import {
  agreedByAll,
  type Contribution,
  commonGround,
  type SessionCommand,
  type SessionState,
  type Step,
  takingPart,
} from "@samspel/core";
import { useTranslation } from "react-i18next";
import { authorLabel } from "./LiveParts";
import { WriteForm } from "./WriteForm";

interface InsightListProps {
  state: SessionState;
  insights: Contribution[];
  /** A participant's "I agree" (a 👍 on the insight); absent for those who only read. */
  onAgree?: ((insight: Contribution) => void) | undefined;
  self?: string | undefined;
}

/** Insights with how many agree: the group's common interest grows here, visibly. */
export function InsightList({ state, insights, onAgree, self }: InsightListProps) {
  const { t } = useTranslation();
  const everyone = takingPart(state).length;
  if (insights.length === 0) return <p className="empty">{t("consent.insights.none")}</p>;
  return (
    <ul className="board" data-testid="insight-list">
      {insights.map((insight) => {
        const agree = insight.reactions.thumbs_up;
        const count = agree?.count ?? 0;
        const mine = self !== undefined && (agree?.by.includes(self) ?? false);
        return (
          <li key={insight.id} className="note" data-testid="insight">
            <p className="note-text">{insight.text}</p>
            <p className="note-meta">
              <span>{authorLabel(state, insight, t)}</span>
              <span data-testid="agree-count">
                {t("consent.insights.agreed", { count, total: everyone })}
              </span>
              {agreedByAll(state, insight) && (
                <span className="badge badge-running">{t("consent.insights.everyone")}</span>
              )}
            </p>
            {onAgree && (
              <div className="note-actions">
                <button
                  type="button"
                  className="button button-secondary agree"
                  aria-pressed={mine}
                  onClick={() => onAgree(insight)}
                >
                  <span aria-hidden="true">👍 </span>
                  {t("consent.insights.agree")}
                </button>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** What everyone taking part agreed with (seed 001: "steer on the common interest"). */
export function CommonGround({ state }: { state: SessionState }) {
  const { t } = useTranslation();
  const agreed = commonGround(state);
  return (
    <section className="card stack common-ground" aria-labelledby="common-ground-title">
      <h2 id="common-ground-title">{t("consent.insights.commonGround")}</h2>
      <p className="muted">{t("consent.insights.commonGroundHint")}</p>
      {agreed.length === 0 ? (
        <p className="empty">{t("consent.insights.noCommonGround")}</p>
      ) : (
        <ul className="common-ground-list" data-testid="common-ground">
          {agreed.map((insight) => (
            <li key={insight.id}>{insight.text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Writing an insight from the top themes, where the step takes insights. */
export function InsightForm({
  step,
  send,
  plain = false,
}: {
  step: Step;
  send: (command: SessionCommand) => Promise<number>;
  plain?: boolean;
}) {
  const { t } = useTranslation();
  if (!step.settings.contributionKinds.includes("insight")) return null;
  return (
    <WriteForm
      step={step}
      send={send}
      kinds={["insight"]}
      label={t("consent.insights.write")}
      hint={t("consent.insights.writeHint")}
      plain={plain}
    />
  );
}
