import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../../lib/error-message";

/**
 * One pending flag and one error for a group of buttons (accept, withdraw, book): a panel
 * shows the last refusal in the reader's language, and its buttons wait while one runs.
 */
export function useAction() {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const run = async (action: () => Promise<unknown>, onDone?: () => void) => {
    if (pending) return;
    setPending(true);
    setFailure(null);
    try {
      await action();
      onDone?.();
    } catch (error) {
      setFailure(error);
    } finally {
      setPending(false);
    }
  };
  return {
    pending,
    error: failure === null ? undefined : errorMessage(failure, t),
    run: (action: () => Promise<unknown>, onDone?: () => void) => void run(action, onDone),
  };
}

/** "nb, en" typed by a person -> ["nb", "en"]. */
export function splitLabels(text: string): string[] {
  return text
    .split(",")
    .map((label) => label.trim())
    .filter((label) => label.length > 0);
}
