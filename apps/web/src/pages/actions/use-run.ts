import { useCallback, useState } from "react";

/**
 * One request at a time for a small panel: `pending` disables its buttons, `failure` is the
 * last error to show. A failed request leaves the page as it was.
 */
export function useRun() {
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const run = useCallback(async <T>(work: () => Promise<T>, done: (result: T) => void) => {
    setPending(true);
    setFailure(null);
    try {
      done(await work());
    } catch (error) {
      setFailure(error);
    } finally {
      setPending(false);
    }
  }, []);
  return { pending, failure, run };
}
