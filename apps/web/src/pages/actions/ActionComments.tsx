import { type Action, type ActionComment, MAX_ACTION_COMMENT_CHARS } from "@samspel/core";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { commentOnAction } from "../../api/actions";
import { ErrorAlert } from "../../components/Alert";
import { TextAreaField } from "../../forms/TextAreaField";
import { errorMessage } from "../../lib/error-message";
import { formatDateTime } from "../../lib/format";
import { useRun } from "./use-run";

/** What members said about how an action goes; any member may add to it. */
export function ActionComments({
  action,
  onCommented,
}: {
  action: Action & { comments: ActionComment[] };
  onCommented: (comment: ActionComment) => void;
}) {
  const { t, i18n } = useTranslation();
  const { pending, failure, run } = useRun();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const text = String(new FormData(form).get("text") ?? "").trim();
    if (text === "") return;
    void run(
      () => commentOnAction(action.id, text),
      (comment) => {
        form.reset();
        onCommented(comment);
      },
    );
  };

  return (
    <details className="action-comments">
      <summary>{t("actions.panel.comments", { count: action.comments.length })}</summary>
      {action.comments.length === 0 ? (
        <p className="muted">{t("actions.panel.noComments")}</p>
      ) : (
        <ul className="action-comment-list">
          {action.comments.map((comment) => (
            <li key={comment.id}>
              <p className="muted">
                {comment.authorName} · {formatDateTime(comment.at, i18n.language)}
              </p>
              <p className="break">{comment.text}</p>
            </li>
          ))}
        </ul>
      )}
      <form className="stack" onSubmit={onSubmit} noValidate>
        <TextAreaField
          name="text"
          label={t("actions.panel.commentLabel")}
          maxLength={MAX_ACTION_COMMENT_CHARS}
          rows={2}
        />
        {failure !== null && <ErrorAlert>{errorMessage(failure, t)}</ErrorAlert>}
        <div className="actions">
          <button type="submit" className="button button-secondary" disabled={pending}>
            {t("actions.panel.comment")}
          </button>
        </div>
      </form>
    </details>
  );
}
