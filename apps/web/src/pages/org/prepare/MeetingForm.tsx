import type { Preparation } from "@samspel/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { savePreparation } from "../../../api/preparation";
import { ErrorAlert, SuccessNote } from "../../../components/Alert";
import { Field } from "../../../forms/Field";
import { SubmitButton } from "../../../forms/SubmitButton";
import { TextAreaField } from "../../../forms/TextAreaField";
import { errorMessage } from "../../../lib/error-message";
import { fromLocalInput, toLocalInput } from "./local-time";
import { useAction } from "./use-action";

/** Why we meet, what should come out, and when and where: the invitation's head. */
export function MeetingForm({
  sessionId,
  preparation,
  onSaved,
}: {
  sessionId: string;
  preparation: Preparation;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const action = useAction(onSaved);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const minutes = Number.parseInt(text("durationMinutes"), 10);
    setSaved(false);
    const ok = await action.run(() =>
      savePreparation(sessionId, {
        purpose: text("purpose"),
        desiredOutcome: text("desiredOutcome"),
        startsAt: fromLocalInput(text("startsAt")),
        durationMinutes: Number.isNaN(minutes) ? null : minutes,
        place: text("place"),
      }),
    );
    setSaved(ok);
  };

  return (
    <section className="card stack" aria-labelledby="meeting-title">
      <h2 id="meeting-title">{t("preparation.meeting.title")}</h2>
      <form className="stack" onSubmit={(event) => void onSubmit(event)} noValidate>
        {action.failure !== null && <ErrorAlert>{errorMessage(action.failure, t)}</ErrorAlert>}
        <TextAreaField
          name="purpose"
          label={t("preparation.meeting.purpose")}
          hint={t("preparation.meeting.purposeHint")}
          defaultValue={preparation.purpose}
          rows={2}
          maxLength={5000}
        />
        <TextAreaField
          name="desiredOutcome"
          label={t("preparation.meeting.desiredOutcome")}
          hint={t("preparation.meeting.desiredOutcomeHint")}
          defaultValue={preparation.desiredOutcome}
          rows={2}
          maxLength={5000}
        />
        <div className="prepare-meeting-row">
          <Field
            name="startsAt"
            type="datetime-local"
            label={t("preparation.meeting.startsAt")}
            defaultValue={toLocalInput(preparation.startsAt)}
          />
          <Field
            name="durationMinutes"
            type="number"
            min={5}
            max={720}
            step={5}
            label={t("preparation.meeting.durationMinutes")}
            defaultValue={preparation.durationMinutes ?? ""}
          />
        </div>
        <Field
          name="place"
          label={t("preparation.meeting.place")}
          defaultValue={preparation.place}
          maxLength={500}
        />
        <div className="actions">
          <SubmitButton
            pending={action.pending}
            label={t("preparation.meeting.save")}
            pendingLabel={t("preparation.meeting.saving")}
          />
          {saved && <SuccessNote>{t("preparation.meeting.saved")}</SuccessNote>}
        </div>
      </form>
    </section>
  );
}
