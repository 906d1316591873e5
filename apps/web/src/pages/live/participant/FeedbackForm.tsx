import { FEEDBACK_QUESTIONS, type FeedbackBody, type FeedbackQuestion } from "@samspel/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client";
import { giveFeedback } from "../../../api/reports";
import { ErrorAlert } from "../../../components/Alert";
import { SubmitButton } from "../../../forms/SubmitButton";
import { TextAreaField } from "../../../forms/TextAreaField";
import { errorMessage } from "../../../lib/error-message";

const SCORES = [1, 2, 3, 4, 5] as const;
const sentKey = (sessionId: string) => `samspel.feedback.${sessionId}`;

/**
 * Anonymous feedback when the session is over (seed 003: safe meetings, letting people speak).
 * Every part is optional. The browser remembers that it was sent, and the server refuses a
 * second one; either way the participant sees the thanks, not an error.
 */
export function FeedbackForm({ sessionId, token }: { sessionId: string; token: string }) {
  const { t } = useTranslation();
  const [sent, setSent] = useState(() => localStorage.getItem(sentKey(sessionId)) !== null);
  const [scores, setScores] = useState<Partial<Record<FeedbackQuestion, number>>>({});
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  if (sent)
    return (
      <p className="card" role="status">
        {t("report.feedback.thanks")}
      </p>
    );

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const comment = String(new FormData(event.currentTarget).get("comment") ?? "").trim();
    const body: FeedbackBody = { ...scores, ...(comment && { comment }) };
    setPending(true);
    setFailure(null);
    try {
      await giveFeedback(sessionId, token, body);
      markSent();
    } catch (error) {
      if (error instanceof ApiError && error.code === "feedback_already_given") markSent();
      else setFailure(error);
    } finally {
      setPending(false);
    }
  };
  const markSent = () => {
    localStorage.setItem(sentKey(sessionId), new Date().toISOString());
    setSent(true);
  };

  return (
    <form className="card stack" aria-labelledby="feedback-title" onSubmit={onSubmit}>
      <h2 id="feedback-title">{t("report.feedback.title")}</h2>
      <p className="muted">{t("report.feedback.intro")}</p>
      {FEEDBACK_QUESTIONS.map((question) => (
        <fieldset key={question} className="score-field" aria-describedby="feedback-scale">
          <legend className="label">{t(`report.feedback.questions.${question}`)}</legend>
          <div className="score-buttons">
            {SCORES.map((score) => (
              <label key={score} className="score-option">
                <input
                  type="radio"
                  name={question}
                  value={score}
                  checked={scores[question] === score}
                  onChange={() => setScores((current) => ({ ...current, [question]: score }))}
                />
                <span aria-hidden="true">{score}</span>
                <span className="visually-hidden">{t("report.feedback.score", { score })}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <p id="feedback-scale" className="muted">
        {t("report.feedback.scale")}
      </p>
      <TextAreaField name="comment" label={t("report.feedback.comment")} maxLength={2_000} />
      {failure !== null && <ErrorAlert>{errorMessage(failure, t)}</ErrorAlert>}
      <SubmitButton
        pending={pending}
        label={t("report.feedback.submit")}
        pendingLabel={t("app.loading")}
        block
      />
    </form>
  );
}
