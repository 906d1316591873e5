import type { Organisation, RegisterEntry } from "@samspel/core";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useSearch } from "wouter";
import {
  NO_REGISTER_FILTERS,
  type RegisterParams,
  registerParamsFrom,
  registerQuery,
  searchRegister,
} from "../../api/decisions";
import { LoadError } from "../../components/LoadError";
import { Loading } from "../../components/Loading";
import { formatDate, formatDay } from "../../lib/format";
import { OrgLayout } from "./OrgLayout";
import { RegisterFilters } from "./RegisterFilters";

/** `/orgs/:orgId/decisions`: the organisation's decision register, searchable. */
export function DecisionsPage({ orgId }: { orgId: string }) {
  return (
    <OrgLayout orgId={orgId} section="decisions">
      {(org) => <Decisions org={org} />}
    </OrgLayout>
  );
}

type Pages =
  | { status: "loading" }
  | { status: "error"; error: unknown }
  | { status: "ready"; decisions: RegisterEntry[]; nextCursor: string | null; more: boolean };

function Decisions({ org }: { org: Organisation }) {
  const { t } = useTranslation();
  // The filters live in the page's query string: a filtered register can be bookmarked.
  const search = useSearch();
  const [location, navigate] = useLocation();
  const params = useMemo(() => registerParamsFrom(search), [search]);
  const [pages, setPages] = useState<Pages>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);

  // A new search starts from the first page; typing waits a moment so each key is not a query.
  useEffect(() => {
    // `attempt` is a dependency so that "retry" after an error runs the search again.
    void attempt;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      searchRegister(org.id, params, undefined, controller.signal).then(
        (page) => setPages({ status: "ready", ...page, more: false }),
        (error: unknown) => controller.signal.aborted || setPages({ status: "error", error }),
      );
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [org.id, params, attempt]);

  const loadMore = async () => {
    if (pages.status !== "ready" || pages.nextCursor === null) return;
    setPages({ ...pages, more: true });
    try {
      const page = await searchRegister(org.id, params, pages.nextCursor);
      setPages({
        status: "ready",
        decisions: [...pages.decisions, ...page.decisions],
        nextCursor: page.nextCursor,
        more: false,
      });
    } catch (error) {
      setPages({ status: "error", error });
    }
  };

  const set = (change: Partial<RegisterParams>) =>
    navigate(`${location}?${registerQuery({ ...params, ...change })}`, { replace: true });
  return (
    <div className="stack-lg">
      <p>{t("decisions.list.intro")}</p>
      <RegisterFilters org={org} params={params} onChange={set} />
      {pages.status === "loading" ? (
        <Loading />
      ) : pages.status === "error" ? (
        <LoadError error={pages.error} onRetry={() => setAttempt(attempt + 1)} />
      ) : pages.decisions.length === 0 ? (
        <p className="empty">
          {registerQuery(params) === registerQuery(NO_REGISTER_FILTERS)
            ? t("decisions.list.empty")
            : t("decisions.register.noMatch")}
        </p>
      ) : (
        <>
          <ul className="session-list" data-testid="decision-list">
            {pages.decisions.map((decision) => (
              <DecisionRow key={decision.id} decision={decision} />
            ))}
          </ul>
          {pages.nextCursor !== null && (
            <button type="button" disabled={pages.more} onClick={() => void loadMore()}>
              {t("decisions.register.more")}
            </button>
          )}
        </>
      )}
    </div>
  );
}

/**
 * The list speaks the reader's language; each decision's own words keep the session's, marked
 * with `lang` so a screen reader reads a Norwegian title as Norwegian.
 */
function DecisionRow({ decision }: { decision: RegisterEntry }) {
  const { t, i18n } = useTranslation();
  const date = formatDate(decision.decidedAt, i18n.language);
  return (
    <li className="card decision-row">
      <div className="decision-row-head">
        <Link href={`/decisions/${encodeURIComponent(decision.id)}`} lang={decision.language}>
          <strong>{decision.title}</strong>
        </Link>
        <span className={`badge badge-outcome-${decision.outcome}`}>
          {t(`decisions.outcome.${decision.outcome}`)}
        </span>
        {decision.outcome === "decided" && (
          <span className={`badge badge-status-${decision.status}`}>
            {t(`decisions.statuses.${decision.status}`)}
          </span>
        )}
      </div>
      <p className="decision-row-text" lang={decision.language}>
        {decision.text}
      </p>
      <p className="muted">
        {decision.outcome === "decided"
          ? t("decisions.list.decidedOn", { date })
          : t("decisions.list.postponedOn", { date })}
        {decision.reviewDate &&
          ` · ${t("decisions.list.reviewOn", { date: formatDay(decision.reviewDate, i18n.language) })}`}
        {decision.openActions > 0 &&
          ` · ${t("actions.openCount", { count: decision.openActions })}`}
      </p>
    </li>
  );
}
