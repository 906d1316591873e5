import {
  calendarDay,
  compareMyActions,
  isOverdue,
  type ListedAction,
  mayManageActions,
  type Organisation,
} from "@samspel/core";
import { useTranslation } from "react-i18next";
import { fetchMyActions, fetchOverdueActions } from "../../api/actions";
import { LoadError } from "../../components/LoadError";
import { Loading } from "../../components/Loading";
import { useResource } from "../../lib/use-resource";
import { OrgLayout } from "../org/OrgLayout";
import { CalendarFeedPanel } from "./CalendarFeedPanel";
import { ListedActions } from "./ListedActions";

/** `/orgs/:orgId/actions`: the reader's actions, the overdue list for managers, the feed. */
export function MyActionsPage({ orgId }: { orgId: string }) {
  return (
    <OrgLayout orgId={orgId} section="actions">
      {(org) => (
        <div className="stack-lg">
          <MyActions orgId={org.id} />
          {mayManageActions(org.role) && <OverdueActions org={org} />}
          <CalendarFeedPanel />
        </div>
      )}
    </OrgLayout>
  );
}

function MyActions({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const mine = useResource(`my-actions:${orgId}`, (signal) => fetchMyActions(orgId, signal));
  const today = calendarDay(new Date());
  const changed = (updated: ListedAction) => {
    if (mine.status !== "ready") return;
    const next = mine.data.map((a) =>
      a.id === updated.id ? { ...updated, overdue: isOverdue(updated, today) } : a,
    );
    mine.set(next.sort(compareMyActions));
  };
  return (
    <section className="card stack" aria-labelledby="my-actions-title">
      <h2 id="my-actions-title">{t("actions.mine.title")}</h2>
      <p className="muted">{t("actions.mine.intro")}</p>
      {mine.status === "loading" ? (
        <Loading />
      ) : mine.status === "error" ? (
        <LoadError error={mine.error} onRetry={mine.reload} />
      ) : mine.data.length === 0 ? (
        <p className="empty">{t("actions.mine.none")}</p>
      ) : (
        <ListedActions actions={mine.data} onChanged={changed} testId="my-actions" />
      )}
    </section>
  );
}

function OverdueActions({ org }: { org: Organisation }) {
  const { t } = useTranslation();
  const overdue = useResource(`overdue-actions:${org.id}`, (signal) =>
    fetchOverdueActions(org.id, signal),
  );
  return (
    <section className="card stack" aria-labelledby="overdue-title">
      <h2 id="overdue-title">{t("actions.overdue.title")}</h2>
      <p className="muted">{t("actions.overdue.intro")}</p>
      {overdue.status === "loading" ? (
        <Loading />
      ) : overdue.status === "error" ? (
        <LoadError error={overdue.error} onRetry={overdue.reload} />
      ) : overdue.data.length === 0 ? (
        <p className="empty">{t("actions.overdue.none")}</p>
      ) : (
        <ListedActions actions={overdue.data} testId="overdue-actions" />
      )}
    </section>
  );
}
