import type { DecisionRecord } from "@samspel/core";
import { Link } from "wouter";
import { useSessionT } from "../../components/SessionLanguage";
import { RecordActions } from "./RecordActions";
import { RecordDiscoveries } from "./RecordDiscoveries";
import { RecordFacts } from "./RecordFacts";
import { RecordObjections } from "./RecordObjections";
import { RecordOutcome } from "./RecordOutcome";
import { RecordPeople } from "./RecordPeople";
import { RecordProposal } from "./RecordProposal";

/**
 * A decision record, whole: what was decided and what follows from it first, then the trail
 * in the order the four steps made it (facts, reflections, themes and insights, the proposal
 * and its rounds), then objections, concerns and who took part. Each part starts a new page
 * in print. Render it inside `SessionLanguage` for the record's language. `shared` is the
 * public view (by a public link): no way into the organisation's pages, which are members' only.
 */
export function DecisionRecordView({
  record,
  shared = false,
}: {
  record: DecisionRecord;
  shared?: boolean;
}) {
  return (
    <article className="record" lang={record.language} data-testid="decision-record">
      <RecordToolbar organisationId={shared ? null : record.organisationId} />
      <div className="record-part">
        <RecordOutcome record={record} />
        <RecordActions record={record} />
      </div>
      <div className="record-part">
        <RecordFacts record={record} />
        <RecordDiscoveries record={record} />
      </div>
      <div className="record-part">
        <RecordProposal record={record} />
      </div>
      <div className="record-part">
        <RecordObjections record={record} />
        <RecordPeople record={record} />
      </div>
    </article>
  );
}

function RecordToolbar({ organisationId }: { organisationId: string | null }) {
  const { t } = useSessionT();
  return (
    <nav className="record-toolbar no-print" aria-label={t("decisions.list.title")}>
      {organisationId === null ? (
        <span />
      ) : (
        <Link href={`/orgs/${encodeURIComponent(organisationId)}/decisions`}>
          ← {t("decisions.record.allDecisions")}
        </Link>
      )}
      <button type="button" className="button button-secondary" onClick={() => window.print()}>
        {t("decisions.record.print")}
      </button>
    </nav>
  );
}
