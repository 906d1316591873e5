import {
  missingReasonCode,
  POSITIONS,
  type Position,
  type ProposalRound,
  type SessionCommand,
} from "@samspel/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ChoiceField } from "../../../forms/ChoiceField";
import { SubmitRow } from "../../../forms/SubmitRow";
import { TextAreaField } from "../../../forms/TextAreaField";
import { useCommand } from "../../../live/use-command";

/**
 * One position in a consent round, in the method's words. A concern and an objection need a
 * reason — the form says so before sending, in the words the engine would refuse with.
 */
export function PositionForm({
  round,
  send,
}: {
  round: ProposalRound;
  send: (command: SessionCommand) => Promise<number>;
}) {
  const { t } = useTranslation();
  const command = useCommand(send);
  const [position, setPosition] = useState<Position | null>(null);
  const [reason, setReason] = useState("");
  const [choiceProblem, setChoiceProblem] = useState<string | undefined>();
  const [reasonProblem, setReasonProblem] = useState<string | undefined>();
  const needed = (position && missingReasonCode(position)) ?? undefined;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (command.pending) return;
    if (!position) {
      setChoiceProblem(t("consent.positionForm.choose"));
      return;
    }
    setChoiceProblem(undefined);
    const text = reason.trim();
    if (needed && !text) {
      setReasonProblem(t(`consent.domainErrors.${needed}`));
      return;
    }
    setReasonProblem(undefined);
    await command.run({
      type: "proposal.give_position",
      payload: { roundId: round.id, position, ...(text && { reason: text }) },
    });
  };

  return (
    <form
      className="stack position-form"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      data-testid="position-form"
    >
      <ChoiceField
        name="position"
        legend={t("consent.positionForm.legend", { version: round.version })}
        options={POSITIONS}
        value={position}
        onChange={(option) => {
          setPosition(option);
          setReasonProblem(undefined);
        }}
        title={(option) => t(`consent.positions.${option}.title`)}
        explain={(option) => t(`consent.positions.${option}.explain`)}
        error={choiceProblem}
      />
      {position && (
        <TextAreaField
          name="reason"
          label={
            needed
              ? t("consent.positionForm.reasonRequired")
              : t("consent.positionForm.reasonOptional")
          }
          hint={t(`consent.positions.${position}.reasonHint`)}
          error={reasonProblem}
          required={needed !== undefined}
          rows={3}
          maxLength={2000}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      )}
      <SubmitRow
        error={command.error}
        pending={command.pending}
        label={t("consent.positionForm.submit")}
        block
      />
    </form>
  );
}
