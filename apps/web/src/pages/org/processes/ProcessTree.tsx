import type { Process } from "@samspel/core";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { formatNumber } from "../../../flow/format";
import { processPath } from "./paths";
import { type ProcessNode, processTree } from "./tree";

/** The process architecture: main processes with their sub-processes nested below. */
export function ProcessTree({ orgId, processes }: { orgId: string; processes: Process[] }) {
  const { t } = useTranslation();
  if (processes.length === 0) return <p className="empty">{t("flow.register.empty")}</p>;
  return (
    <ul className="process-tree" aria-label={t("flow.register.treeLabel")}>
      {processTree(processes).map((node) => (
        <ProcessItem key={node.process.id} orgId={orgId} node={node} />
      ))}
    </ul>
  );
}

function ProcessItem({ orgId, node }: { orgId: string; node: ProcessNode }) {
  const { t, i18n } = useTranslation();
  const { process } = node;
  return (
    <li>
      <div className="process-item">
        <Link href={processPath(orgId, process.id)}>
          <strong>{process.name}</strong>
        </Link>
        <span className="muted">
          {process.ownerName
            ? t("flow.register.ownedBy", { name: process.ownerName })
            : t("flow.register.noOwner")}
          {" · "}
          {process.eventLog
            ? t("flow.register.cases", {
                count: process.eventLog.cases,
                formatted: formatNumber(process.eventLog.cases, i18n.language),
              })
            : t("flow.register.noLog")}
        </span>
      </div>
      {node.children.length > 0 && (
        <ul>
          {node.children.map((child) => (
            <ProcessItem key={child.process.id} orgId={orgId} node={child} />
          ))}
        </ul>
      )}
    </li>
  );
}
