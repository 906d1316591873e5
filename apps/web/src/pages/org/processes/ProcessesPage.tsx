import { can, type Organisation } from "@samspel/core";
import { useTranslation } from "react-i18next";
import { useLocation } from "wouter";
import { fetchMembers } from "../../../api/accounts";
import { fetchProcesses } from "../../../api/processes";
import { LoadError } from "../../../components/LoadError";
import { Loading } from "../../../components/Loading";
import { useResource } from "../../../lib/use-resource";
import { OrgLayout } from "../OrgLayout";
import { ProcessForm } from "./ProcessForm";
import { ProcessTree } from "./ProcessTree";
import { processPath } from "./paths";

export function ProcessesPage({ orgId }: { orgId: string }) {
  return (
    <OrgLayout orgId={orgId} section="processes">
      {(org) => <Processes org={org} />}
    </OrgLayout>
  );
}

function Processes({ org }: { org: Organisation }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const register = useResource(`processes:${org.id}`, async (signal) => {
    const [processes, members] = await Promise.all([
      fetchProcesses(org.id, signal),
      fetchMembers(org.id, signal).then((answer) => answer.members),
    ]);
    return { processes, members };
  });
  if (register.status === "loading") return <Loading />;
  if (register.status === "error") {
    return <LoadError error={register.error} onRetry={register.reload} />;
  }
  const { processes, members } = register.data;
  return (
    <div className="register-layout">
      <section className="stack" aria-labelledby="register-title">
        <h2 id="register-title">{t("flow.register.title")}</h2>
        <p>{t("flow.register.intro")}</p>
        <div className="card">
          <ProcessTree orgId={org.id} processes={processes} />
        </div>
      </section>
      {can(org.role, "manageProcesses") && (
        <section className="card stack" aria-labelledby="new-process-title">
          <h2 id="new-process-title">{t("flow.register.newTitle")}</h2>
          <ProcessForm
            orgId={org.id}
            members={members}
            processes={processes}
            onSaved={(process) => navigate(processPath(org.id, process.id))}
          />
        </section>
      )}
    </div>
  );
}
