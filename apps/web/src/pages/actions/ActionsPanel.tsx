import {
  type Action,
  type ActionWithComments,
  actionsCarriedOut,
  type DecisionStatus,
  mayManageActions,
} from "@samspel/core";
import { useTranslation } from "react-i18next";
import { fetchMembers } from "../../api/accounts";
import { fetchDecisionActions } from "../../api/actions";
import { SuccessNote } from "../../components/Alert";
import { LoadError } from "../../components/LoadError";
import { Loading } from "../../components/Loading";
import { useResource } from "../../lib/use-resource";
import { useMe } from "../../session/session-context";
import { ActionItem } from "./ActionItem";
import { AddActionForm } from "./AddActionForm";

/**
 * A decision's actions, followed up: who ticks off what, why something was dropped, and what
 * people said along the way. In the reader's language: it is the app speaking, not the record.
 */
export function ActionsPanel({
  decisionId,
  organisationId,
  decisionStatus,
}: {
  decisionId: string;
  organisationId: string;
  decisionStatus: DecisionStatus;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const role = me.organisations.find((org) => org.id === organisationId)?.role;
  const actions = useResource(`actions:${decisionId}`, (signal) =>
    fetchDecisionActions(decisionId, signal),
  );
  // The members to link owners to, loaded once for every action's form, and only for managers.
  const manager = role !== undefined && mayManageActions(role);
  const members = useResource(`action-members:${organisationId}:${manager}`, (signal) =>
    manager
      ? fetchMembers(organisationId, signal).then((answer) => answer.members)
      : Promise.resolve([]),
  );
  const memberList = members.status === "ready" ? members.data : [];

  const body = () => {
    if (actions.status === "loading") return <Loading />;
    if (actions.status === "error") {
      return <LoadError error={actions.error} onRetry={actions.reload} />;
    }
    const { canManage } = actions.data;
    const replace = (updated: ActionWithComments) =>
      actions.set({
        canManage,
        actions: actions.data.actions.map((a) => (a.id === updated.id ? updated : a)),
      });
    const added = (action: Action) =>
      actions.set({ canManage, actions: [...actions.data.actions, { ...action, comments: [] }] });
    return (
      <>
        {actionsCarriedOut(actions.data.actions.map((action) => action.status)) && (
          <SuccessNote>{t("actions.panel.carriedOut")}</SuccessNote>
        )}
        {actions.data.actions.length === 0 ? (
          <p className="muted">{t("actions.panel.none")}</p>
        ) : (
          <ol className="action-items">
            {actions.data.actions.map((action) => (
              <ActionItem
                key={action.id}
                action={action}
                decisionStatus={decisionStatus}
                actor={{ userId: me.user.id, role: role ?? "member" }}
                members={memberList}
                canManage={canManage}
                onChanged={replace}
              />
            ))}
          </ol>
        )}
        {canManage && (
          <AddActionForm decisionId={decisionId} members={memberList} onAdded={added} />
        )}
      </>
    );
  };

  return (
    <section className="card stack no-print record-status" aria-labelledby="actions-title">
      <h2 id="actions-title">{t("actions.panel.title")}</h2>
      <p className="muted">{t("actions.panel.intro")}</p>
      {body()}
    </section>
  );
}
