import type { Enrolment } from "@samspel/core";
import { useTranslation } from "react-i18next";

/** Where a trainee stands against the completion rule, in words rather than a score. */
export function Progress({ enrolment }: { enrolment: Enrolment }) {
  const { t } = useTranslation();
  const { progress } = enrolment;
  return (
    <div className="stack" data-testid="progress">
      <p>
        {t("training.progress.attendance", {
          attended: progress.attended,
          gatherings: progress.gatherings,
          percent: progress.attendancePercent,
        })}{" "}
        · {t("training.progress.practice", { count: progress.practiceCount })}
      </p>
      <p className="muted">
        {progress.complete ? t("training.progress.complete") : t("training.progress.notYet")}
      </p>
      {enrolment.practice.length > 0 && (
        <ul className="plain-list">
          {enrolment.practice.map((practice) => (
            <li key={practice.id}>
              {practice.heldOn} · {practice.title} ({t(`training.practice.${practice.role}`)})
              {practice.feedback && (
                <p className="muted">
                  {t("training.practice.feedback", { text: practice.feedback })}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
