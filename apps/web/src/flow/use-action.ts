import { useState } from "react";

/**
 * One request at a time from a form: `pending` while it runs, and its failure kept to show.
 * A new run clears the previous failure.
 */
export function useAction() {
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  async function run(work: () => Promise<void>): Promise<void> {
    setPending(true);
    setFailure(null);
    try {
      await work();
    } catch (error) {
      setFailure(error);
    } finally {
      setPending(false);
    }
  }
  return { pending, failure, run };
}
