import type { Contribution, SessionCommand } from "@samspel/core";
import { useTranslation } from "react-i18next";
import { CommandButton } from "../../../forms/CommandButton";
import { CommandFormToggle } from "../../../forms/CommandForm";

type Send = (command: SessionCommand) => Promise<number>;

/** Hiding a contribution takes a reason (its author sees it); showing it again does not. */
export function HideControl({ contribution, send }: { contribution: Contribution; send: Send }) {
  const { t } = useTranslation();
  const contributionId = contribution.id;
  return contribution.moderation ? (
    <CommandButton
      send={send}
      label={t("console.unhide")}
      command={{ type: "contribution.unhide", payload: { contributionId } }}
    />
  ) : (
    <CommandFormToggle
      send={send}
      openLabel={t("console.hide")}
      openName={t("console.hideNamed")}
      label={t("console.hideReason")}
      submitLabel={t("console.confirmHide")}
      tone="danger"
      maxLength={500}
      toCommand={(reason) => ({ type: "contribution.hide", payload: { contributionId, reason } })}
    />
  );
}

/**
 * A fact, unlike an opinion, can be checked: marking it disputed (with what is in doubt) tells
 * the room to check it before a decision rests on it.
 */
export function DisputeControl({ fact, send }: { fact: Contribution; send: Send }) {
  const { t } = useTranslation();
  const contributionId = fact.id;
  return fact.disputed ? (
    <CommandButton
      send={send}
      label={t("consent.facts.undispute")}
      command={{ type: "contribution.undispute", payload: { contributionId } }}
    />
  ) : (
    <CommandFormToggle
      send={send}
      openLabel={t("consent.facts.dispute")}
      label={t("consent.facts.disputeNote")}
      hint={t("consent.facts.disputeNoteHint")}
      submitLabel={t("consent.facts.disputeSubmit")}
      required={false}
      maxLength={500}
      toCommand={(note) => ({
        type: "contribution.dispute",
        payload: { contributionId, ...(note && { note }) },
      })}
    />
  );
}
