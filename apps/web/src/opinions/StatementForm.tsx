import { MAX_STATEMENT_CHARS, type SessionCommand } from "@samspel/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CommandForm } from "../forms/CommandForm";

/** Writing a statement: the phone's, and the facilitator's to seed the map. */
export function StatementForm({
  send,
  moderated,
}: {
  send: (command: SessionCommand) => Promise<number>;
  /** Whether what is sent waits for a facilitator, so the thanks says what happens next. */
  moderated: boolean;
}) {
  const { t } = useTranslation();
  const [sent, setSent] = useState(false);
  return (
    <section className="card stack">
      <CommandForm
        send={send}
        label={t("opinions.phone.writeTitle")}
        hint={t("opinions.phone.writeHint")}
        submitLabel={t("opinions.phone.submit")}
        multiline
        maxLength={MAX_STATEMENT_CHARS}
        testId="statement-text"
        toCommand={(text) => {
          setSent(false);
          return { type: "opinion.submit", payload: { text } };
        }}
        onDone={() => setSent(true)}
      />
      {sent && (
        <p className="muted" role="status">
          {t(moderated ? "opinions.phone.sentPending" : "opinions.phone.sentApproved")}
        </p>
      )}
    </section>
  );
}
