import type { SessionState } from "@samspel/core";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { participantName } from "./view";

/** A participant's name as the live pages show it: their own, or "Participant 3". */
export function useParticipantName(state: SessionState): (participantId: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (participantId: string) =>
      participantName(state, participantId, (number) => t("live.unnamed", { number })),
    [state, t],
  );
}
