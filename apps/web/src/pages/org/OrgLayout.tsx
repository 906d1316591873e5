import type { Organisation } from "@samspel/core";
import { type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { fetchOrganisation, switchOrganisation } from "../../api/accounts";
import { ApiError } from "../../api/client";
import { LoadError } from "../../components/LoadError";
import { Loading } from "../../components/Loading";
import { NothingHere } from "../../components/NothingHere";
import { PageHeading } from "../../components/PageHeading";
import { errorMessage } from "../../lib/error-message";
import { useDocumentTitle } from "../../lib/use-document-title";
import { useResource } from "../../lib/use-resource";
import { useSession } from "../../session/session-context";

export type OrgSection =
  | "overview"
  | "members"
  | "sessions"
  | "decisions"
  | "actions"
  | "processes"
  | "methods"
  | "training";

interface OrgLayoutProps {
  orgId: string;
  section: OrgSection;
  children: (org: Organisation, update: (org: Organisation) => void) => ReactNode;
}

/** Loads the organisation once for its pages and gives them a shared heading and tabs. */
export function OrgLayout({ orgId, section, children }: OrgLayoutProps) {
  const { t } = useTranslation();
  const org = useResource(`org:${orgId}`, (signal) => fetchOrganisation(orgId, signal));
  useFollowActiveOrganisation(orgId);

  const name = org.status === "ready" ? org.data.name : undefined;
  // Set here, not in the sections: a parent's effect runs after its children's and would win.
  const sectionTitles: Record<OrgSection, string | null> = {
    overview: null,
    members: t("members.title"),
    sessions: t("sessions.title"),
    decisions: t("decisions.list.title"),
    actions: t("actions.mine.title"),
    processes: t("flow.nav"),
    methods: t("methods.title"),
    training: t("training.title"),
  };
  const sectionTitle = sectionTitles[section];
  useDocumentTitle(name && (sectionTitle ? `${sectionTitle} · ${name}` : name));

  if (org.status === "loading") return <Loading />;
  if (org.status === "error") {
    return isUnavailable(org.error) ? (
      <Unavailable error={org.error} />
    ) : (
      <LoadError error={org.error} onRetry={org.reload} />
    );
  }

  const base = `/orgs/${encodeURIComponent(orgId)}`;
  return (
    <>
      <div className="page-head">
        <PageHeading>{org.data.name}</PageHeading>
        <nav className="tabs" aria-label={t("nav.orgSections")}>
          <Link href={base} aria-current={section === "overview" ? "page" : undefined}>
            {t("nav.overview")}
          </Link>
          <Link
            href={`${base}/sessions`}
            aria-current={section === "sessions" ? "page" : undefined}
          >
            {t("nav.sessions")}
          </Link>
          <Link
            href={`${base}/decisions`}
            aria-current={section === "decisions" ? "page" : undefined}
          >
            {t("decisions.list.tab")}
          </Link>
          <Link href={`${base}/actions`} aria-current={section === "actions" ? "page" : undefined}>
            {t("actions.nav")}
          </Link>
          <Link
            href={`${base}/processes`}
            aria-current={section === "processes" ? "page" : undefined}
          >
            {t("flow.nav")}
          </Link>
          <Link href={`${base}/methods`} aria-current={section === "methods" ? "page" : undefined}>
            {t("methods.own.tab")}
          </Link>
          <Link
            href={`${base}/training`}
            aria-current={section === "training" ? "page" : undefined}
          >
            {t("training.nav")}
          </Link>
          <Link href={`${base}/members`} aria-current={section === "members" ? "page" : undefined}>
            {t("nav.members")}
          </Link>
        </nav>
      </div>
      {children(org.data, org.set)}
    </>
  );
}

/**
 * Opening an organisation makes it the active one, so "/" and the next visit return to what
 * the user last worked in, whichever way they got here (switcher, bookmark, shared link).
 * Only on opening: reacting to every change of the active id would let a page that is about to
 * be left switch back to itself while the header switches away from it.
 */
function useFollowActiveOrganisation(orgId: string): void {
  const { me, replace } = useSession();
  const meRef = useRef(me);
  meRef.current = me;
  useEffect(() => {
    const current = meRef.current;
    if (!current || current.activeOrganisationId === orgId) return;
    if (!current.organisations.some((org) => org.id === orgId)) return;
    switchOrganisation(orgId).then(replace, () => {
      // Only a preference; the page itself works without it.
    });
  }, [orgId, replace]);
}

function isUnavailable(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (error.code === "not_a_member" || error.code === "not_found" || error.code === "forbidden")
  );
}

function Unavailable({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return <NothingHere title={t("org.notAvailableTitle")}>{errorMessage(error, t)}</NothingHere>;
}
