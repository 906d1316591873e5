import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { agendaPdfUrl, fetchPreparation } from "../../../api/preparation";
import { fetchSession } from "../../../api/sessions";
import { DownloadButton } from "../../../components/DownloadButton";
import { LoadError } from "../../../components/LoadError";
import { Loading } from "../../../components/Loading";
import { PageHeading } from "../../../components/PageHeading";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useResource } from "../../../lib/use-resource";
import { InviteesPanel } from "./InviteesPanel";
import { MaterialsPanel } from "./MaterialsPanel";
import { MeetingForm } from "./MeetingForm";
import { PerspectivesPanel } from "./PerspectivesPanel";

/** Preparing a session: the meeting, who needs to be there, the invitations, the material. */
export function PreparePage({ orgId, sessionId }: { orgId: string; sessionId: string }) {
  const { t } = useTranslation();
  const session = useResource(`session:${sessionId}`, (signal) => fetchSession(sessionId, signal));
  const overview = useResource(`preparation:${sessionId}`, (signal) =>
    fetchPreparation(sessionId, signal),
  );
  const title = session.status === "ready" ? session.data.title : "";
  useDocumentTitle(title ? t("preparation.page.title", { title }) : undefined);

  if (overview.status === "error") {
    return <LoadError error={overview.error} onRetry={overview.reload} />;
  }
  if (overview.status === "loading" || session.status === "loading") return <Loading />;
  const data = overview.data;
  return (
    <div className="stack-lg">
      <p>
        <Link href={`/orgs/${encodeURIComponent(orgId)}/sessions/${encodeURIComponent(sessionId)}`}>
          ← {t("preparation.page.back")}
        </Link>
      </p>
      <PageHeading>{t("preparation.page.title", { title })}</PageHeading>
      <p>{t("preparation.page.intro")}</p>
      <DownloadButton
        href={agendaPdfUrl(sessionId)}
        label={t("preparation.page.agendaPdf")}
        testId="agenda-pdf"
      />
      <MeetingForm sessionId={sessionId} preparation={data.preparation} onSaved={overview.reload} />
      <div className="prepare-columns">
        <PerspectivesPanel sessionId={sessionId} overview={data} onChanged={overview.reload} />
        <InviteesPanel
          orgId={orgId}
          sessionId={sessionId}
          overview={data}
          onChanged={overview.reload}
        />
      </div>
      <MaterialsPanel
        sessionId={sessionId}
        materials={data.materials}
        onChanged={overview.reload}
      />
    </div>
  );
}
