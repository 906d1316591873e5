import { useState } from "react";

/**
 * One write of the Prepare page at a time: pending while it runs, its failure kept for an
 * alert, and `done` (a reload of the overview) after it succeeds.
 */
export function useAction(done: () => void) {
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const run = async (write: () => Promise<unknown>): Promise<boolean> => {
    setPending(true);
    setFailure(null);
    try {
      await write();
      done();
      return true;
    } catch (error) {
      setFailure(error);
      return false;
    } finally {
      setPending(false);
    }
  };
  return { run, pending, failure };
}
