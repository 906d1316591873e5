import { can, type Member, type Organisation, type Process } from "@samspel/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "wouter";
import { fetchMembers } from "../../../api/accounts";
import { deleteProcess, fetchProcess, fetchProcesses } from "../../../api/processes";
import { ErrorAlert } from "../../../components/Alert";
import { LoadError } from "../../../components/LoadError";
import { Loading } from "../../../components/Loading";
import { FactsView } from "../../../flow/FactsView";
import { formatNumber } from "../../../flow/format";
import { ImportWizard } from "../../../flow/import/ImportWizard";
import { errorMessage } from "../../../lib/error-message";
import { formatDate } from "../../../lib/format";
import { useResource } from "../../../lib/use-resource";
import { OrgLayout } from "../OrgLayout";
import { ProcessDecisions } from "./ProcessDecisions";
import { ProcessForm } from "./ProcessForm";
import { ProcessSessions } from "./ProcessSessions";
import { processesPath, processPath } from "./paths";

export function ProcessPage({ orgId, processId }: { orgId: string; processId: string }) {
  return (
    <OrgLayout orgId={orgId} section="processes">
      {(org) => <ProcessDetail org={org} processId={processId} />}
    </OrgLayout>
  );
}

function ProcessDetail({ org, processId }: { org: Organisation; processId: string }) {
  const resource = useResource(`process:${processId}`, async (signal) => {
    const [process, processes, members] = await Promise.all([
      fetchProcess(processId, signal),
      fetchProcesses(org.id, signal),
      fetchMembers(org.id, signal).then((answer) => answer.members),
    ]);
    return { process, processes, members };
  });
  if (resource.status === "loading") return <Loading />;
  if (resource.status === "error")
    return <LoadError error={resource.error} onRetry={resource.reload} />;
  return (
    <ProcessContent
      org={org}
      {...resource.data}
      onChange={(process) => resource.set({ ...resource.data, process })}
    />
  );
}

function ProcessContent({
  org,
  process,
  processes,
  members,
  onChange,
}: {
  org: Organisation;
  process: Process;
  processes: Process[];
  members: Member[];
  onChange: (process: Process) => void;
}) {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  const [editing, setEditing] = useState(false);
  const [importing, setImporting] = useState(process.eventLog === null);
  const [deleteFailure, setDeleteFailure] = useState<unknown>(null);
  const canManage = can(org.role, "manageProcesses");
  const parent = processes.find((candidate) => candidate.id === process.parentId);
  const children = processes.filter((candidate) => candidate.parentId === process.id);
  const log = process.eventLog;

  const onDelete = async () => {
    if (!window.confirm(t("flow.process.confirmDelete", { name: process.name }))) return;
    try {
      await deleteProcess(process.id);
      navigate(processesPath(org.id));
    } catch (error) {
      setDeleteFailure(error);
    }
  };

  return (
    <div className="stack-lg">
      <p>
        <Link href={processesPath(org.id)}>← {t("flow.register.back")}</Link>
      </p>
      <section className="card stack" aria-labelledby="process-title">
        <h2 id="process-title">{process.name}</h2>
        {deleteFailure !== null && <ErrorAlert>{errorMessage(deleteFailure, t)}</ErrorAlert>}
        {editing ? (
          <ProcessForm
            orgId={org.id}
            members={members}
            processes={processes}
            process={process}
            onSaved={(saved) => {
              onChange(saved);
              setEditing(false);
            }}
          />
        ) : (
          <>
            {process.purpose && <p>{process.purpose}</p>}
            <dl className="facts">
              <div>
                <dt>{t("flow.process.owner")}</dt>
                <dd>{process.ownerName ?? t("flow.process.noOwner")}</dd>
              </div>
              <div>
                <dt>{t("flow.process.parent")}</dt>
                <dd>
                  {parent ? (
                    <Link href={processPath(org.id, parent.id)}>{parent.name}</Link>
                  ) : (
                    t("flow.process.noParent")
                  )}
                </dd>
              </div>
              {children.length > 0 && (
                <div>
                  <dt>{t("flow.process.subprocesses")}</dt>
                  <dd>
                    {children.map((child, index) => (
                      <span key={child.id}>
                        {index > 0 && ", "}
                        <Link href={processPath(org.id, child.id)}>{child.name}</Link>
                      </span>
                    ))}
                  </dd>
                </div>
              )}
              <div>
                <dt>{t("flow.process.units")}</dt>
                <dd>{process.units.length > 0 ? process.units.join(", ") : "–"}</dd>
              </div>
              <div>
                <dt>{t("flow.process.eventLog")}</dt>
                <dd>
                  {log
                    ? t("flow.process.logSummary", {
                        file: log.fileName,
                        cases: formatNumber(log.cases, i18n.language),
                        events: formatNumber(log.events, i18n.language),
                        date: formatDate(log.importedAt, i18n.language),
                      })
                    : t("flow.register.noLog")}
                </dd>
              </div>
            </dl>
            {canManage && (
              <div className="actions">
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => setEditing(true)}
                >
                  {t("flow.process.edit")}
                </button>
                {!importing && (
                  <button
                    type="button"
                    className="button button-secondary"
                    onClick={() => setImporting(true)}
                  >
                    {log ? t("flow.import.replace") : t("flow.import.title")}
                  </button>
                )}
                <button
                  type="button"
                  className="button button-quiet"
                  onClick={() => void onDelete()}
                >
                  {t("flow.process.delete")}
                </button>
              </div>
            )}
          </>
        )}
      </section>
      {canManage && importing && (
        <section className="card stack" aria-labelledby="import-title">
          <h2 id="import-title">{t("flow.import.title")}</h2>
          <ImportWizard
            processId={process.id}
            onImported={(eventLog) => onChange({ ...process, eventLog })}
          />
        </section>
      )}
      <ProcessDecisions processId={process.id} />
      <ProcessSessions orgId={org.id} processId={process.id} />
      <section className="stack-lg" aria-labelledby="facts-title">
        <h2 id="facts-title">{t("flow.facts.title")}</h2>
        {log ? (
          <FactsView
            processId={process.id}
            share={{ organisationId: process.organisationId, name: process.name }}
            logId={log.id}
            canManage={canManage}
          />
        ) : (
          <p className="empty">{t("flow.facts.noLog")}</p>
        )}
      </section>
    </div>
  );
}
