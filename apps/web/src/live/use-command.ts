import type { SessionCommand } from "@samspel/core";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { liveErrorMessage } from "./live-error";

/** Runs a live command, keeping its failure as a translated sentence to show. */
export function useCommand(send: (command: SessionCommand) => Promise<number>) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const run = useCallback(
    async (command: SessionCommand): Promise<boolean> => {
      setError(null);
      setPending(true);
      try {
        await send(command);
        return true;
      } catch (failure) {
        setError(liveErrorMessage(failure, t));
        return false;
      } finally {
        setPending(false);
      }
    },
    [send, t],
  );
  return { run, error, pending, clearError: () => setError(null) };
}
