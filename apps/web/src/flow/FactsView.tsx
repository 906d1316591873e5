import type { FlowFacts, FlowFactsResponse, FlowFilters } from "@samspel/core";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { fetchFacts, type Periods } from "../api/processes";
import { LoadError } from "../components/LoadError";
import { Loading } from "../components/Loading";
import { useResource } from "../lib/use-resource";
import { CustomerExperienceView } from "./charts/CustomerExperienceView";
import { ThroughputChart, WipChart, WorkItemAgeChart } from "./charts/FlowOverTimeCharts";
import { BottleneckTables, ReworkTable, VariantList } from "./charts/FlowTables";
import { HandoffMatrix } from "./charts/HandoffMatrix";
import { LeadTimeCharts } from "./charts/LeadTimeCharts";
import { XmrChartView } from "./charts/XmrChartView";
import { EndActivities } from "./EndActivities";
import { FiltersBar } from "./FiltersBar";
import { formatNumber } from "./format";
import { ScoresImport } from "./import/ScoresImport";
import { PeriodComparison } from "./PeriodComparison";
import { ProcessMap } from "./process-map/ProcessMap";
import { ShareChart } from "./snapshot/ShareChart";

/** What sharing a chart into a session needs beyond the facts: where, and whose process. */
interface ShareTarget {
  organisationId: string;
  name: string;
}

/** Every flow fact of a process's event log, for the cases the filters keep. */
export function FactsView({
  processId,
  share,
  logId,
  canManage,
}: {
  processId: string;
  share: ShareTarget;
  logId: string;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<FlowFilters>({});
  // Bumped when scores or the open-case rule change: the same filters then give new facts.
  const [version, setVersion] = useState(0);
  const facts = useResource(`facts:${logId}:${version}:${JSON.stringify(filters)}`, (signal) =>
    fetchFacts(processId, filters, signal),
  );
  // The filter bar stays while new facts load, so a person can adjust without losing it.
  const [last, setLast] = useState<FlowFactsResponse | null>(null);
  if (facts.status === "ready" && facts.data !== last) setLast(facts.data);
  const shown = facts.status === "ready" ? facts.data : last;

  return (
    <div className="stack-lg">
      {shown && (
        <FiltersBar
          filters={filters}
          variants={shown.facts.variants.top}
          attributes={shown.attributes}
          onChange={setFilters}
        />
      )}
      {facts.status === "error" ? (
        <LoadError error={facts.error} onRetry={facts.reload} />
      ) : facts.status === "loading" || !shown ? (
        <Loading />
      ) : (
        <Facts
          processId={processId}
          share={share}
          response={shown}
          filters={filters}
          canManage={canManage}
          onChanged={() => setVersion((n) => n + 1)}
        />
      )}
      {facts.status === "loading" && shown && <p className="muted">{t("app.loading")}</p>}
    </div>
  );
}

function Facts({
  processId,
  share,
  response,
  filters,
  canManage,
  onChanged,
}: {
  processId: string;
  share: ShareTarget;
  response: FlowFactsResponse;
  filters: FlowFilters;
  canManage: boolean;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { facts } = response;
  const n = (value: number) => formatNumber(value, i18n.language);
  if (facts.summary.cases === 0) return <p className="empty">{t("flow.facts.noCases")}</p>;
  return (
    <>
      <dl className="figures summary-figures" aria-label={t("flow.facts.summaryLabel")}>
        <div>
          <dt>{t("flow.facts.cases")}</dt>
          <dd>{n(facts.summary.cases)}</dd>
        </div>
        <div>
          <dt>{t("flow.facts.events")}</dt>
          <dd>{n(facts.summary.events)}</dd>
        </div>
        <div>
          <dt>{t("flow.facts.activities")}</dt>
          <dd>{n(facts.summary.activities)}</dd>
        </div>
        <div>
          <dt>{t("flow.facts.variantsCount")}</dt>
          <dd>{n(facts.summary.variants)}</dd>
        </div>
        <div>
          <dt>{t("flow.facts.paths")}</dt>
          <dd>{n(facts.summary.dfg_edges)}</dd>
        </div>
      </dl>
      <ShareChart
        organisationId={share.organisationId}
        process={{ id: processId, name: share.name }}
        facts={facts}
        filters={filters}
      />
      <FactSection id="lead-time" title={t("flow.sections.leadTime")}>
        <LeadTimeCharts facts={facts} />
      </FactSection>
      <FactSection id="throughput" title={t("flow.sections.throughput")}>
        <EndActivities
          processId={processId}
          eventLog={response.eventLog}
          dfg={facts.dfg}
          cases={facts.summary.cases}
          canManage={canManage}
          onSaved={onChanged}
        />
        <ThroughputChart throughput={facts.throughput} />
        <h4>{t("flow.sections.wip")}</h4>
        <WipChart wip={facts.wip} />
      </FactSection>
      <FactSection id="age" title={t("flow.sections.age")}>
        <WorkItemAgeChart age={facts.workItemAge} />
      </FactSection>
      <FactSection id="stability" title={t("flow.sections.stability")}>
        <p className="muted">{t("flow.xmr.intro")}</p>
        <XmrChartView
          chart={facts.stability.leadTime}
          title={t("flow.xmr.leadTimeTitle")}
          valueLabel={t("flow.facts.leadTimeDays")}
        />
        <XmrChartView
          chart={facts.stability.throughput}
          title={t("flow.xmr.throughputTitle")}
          valueLabel={t("flow.facts.completedCases")}
        />
      </FactSection>
      <FactSection id="map" title={t("flow.sections.map")}>
        <ProcessMap dfg={facts.dfg} />
      </FactSection>
      <FactSection id="bottlenecks" title={t("flow.sections.bottlenecks")}>
        <BottleneckTables bottlenecks={facts.bottlenecks} timeKind={facts.dfg.timeKind} />
      </FactSection>
      <FactSection id="handoffs" title={t("flow.sections.handoffs")}>
        <HandoffMatrix handoffs={facts.handoffs} />
      </FactSection>
      <FactSection id="rework" title={t("flow.sections.rework")}>
        <ReworkTable rework={facts.rework} />
      </FactSection>
      <FactSection id="variants" title={t("flow.sections.variants")}>
        <VariantList variants={facts.variants} />
      </FactSection>
      <FactSection id="experience" title={t("flow.sections.experience")}>
        {response.customerExperience ? (
          <CustomerExperienceView experience={response.customerExperience} />
        ) : (
          <p>{t("flow.experience.none")}</p>
        )}
        {canManage && <ScoresImport processId={processId} onImported={onChanged} />}
      </FactSection>
      <FactSection id="compare" title={t("flow.sections.compare")}>
        <PeriodComparison processId={processId} filters={filters} initial={halves(facts)} />
      </FactSection>
    </>
  );
}

function FactSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card stack fact-section" id={id} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {children}
    </section>
  );
}

/** The weeks with completions cut in two: a first comparison to start from. */
function halves(facts: FlowFacts): Periods {
  const weeks = facts.throughput.weeks;
  const first = weeks[0]?.weekStart ?? "2020-01-01";
  const middle = weeks[Math.floor(weeks.length / 2)]?.weekStart ?? first;
  const lastWeek = weeks.at(-1)?.weekStart ?? first;
  const end = new Date(Date.parse(`${lastWeek}T00:00:00Z`) + 7 * 864e5).toISOString().slice(0, 10);
  return { aFrom: first, aTo: middle, bFrom: middle, bTo: end };
}
