import { fetchLifecycle } from "../../api/decisions";
import { LoadError } from "../../components/LoadError";
import { useResource } from "../../lib/use-resource";
import { ActionsPanel } from "../actions/ActionsPanel";
import { LifecyclePanel } from "./LifecyclePanel";

/**
 * A taken decision's life and its actions, read from one lifecycle: whether an action is overdue
 * depends on the decision still being in effect or under review, so revoking the decision here
 * takes the overdue marks off at once.
 */
export function DecisionFollowUp({
  decisionId,
  organisationId,
  decidedAt,
}: {
  decisionId: string;
  organisationId: string;
  decidedAt: string;
}) {
  const lifecycle = useResource(`lifecycle:${decisionId}`, (signal) =>
    fetchLifecycle(decisionId, signal),
  );
  if (lifecycle.status === "loading") return null;
  if (lifecycle.status === "error") {
    return <LoadError error={lifecycle.error} onRetry={lifecycle.reload} />;
  }
  return (
    <>
      <LifecyclePanel
        decisionId={decisionId}
        organisationId={organisationId}
        decidedAt={decidedAt}
        lifecycle={lifecycle.data}
        onChanged={lifecycle.set}
      />
      {/* Beside the status: following up is what readers come back to a decision for. */}
      <ActionsPanel
        decisionId={decisionId}
        organisationId={organisationId}
        decisionStatus={lifecycle.data.status}
      />
    </>
  );
}
