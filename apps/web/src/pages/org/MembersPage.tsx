import { can, type Organisation } from "@samspel/core";
import { useTranslation } from "react-i18next";
import { fetchMembers } from "../../api/accounts";
import { LoadError } from "../../components/LoadError";
import { Loading } from "../../components/Loading";
import { useResource } from "../../lib/use-resource";
import { useMe } from "../../session/session-context";
import { InvitationsPanel } from "./InvitationsPanel";
import { MemberRow } from "./MemberRow";
import { OrgLayout } from "./OrgLayout";

export function MembersPage({ orgId }: { orgId: string }) {
  return (
    <OrgLayout orgId={orgId} section="members">
      {(org) => <Members org={org} />}
    </OrgLayout>
  );
}

function Members({ org }: { org: Organisation }) {
  const { t } = useTranslation();
  const me = useMe();
  const members = useResource(`members:${org.id}`, (signal) => fetchMembers(org.id, signal));
  const isAdmin = can(org.role, "manageMembers");

  return (
    <div className={isAdmin ? "members-layout" : undefined}>
      <section className="stack" aria-labelledby="members-title">
        <h2 id="members-title">
          {t("members.title")}
          {members.status === "ready" && (
            <span className="count">{members.data.members.length}</span>
          )}
        </h2>
        {!isAdmin && <p className="muted">{t("members.readOnlyNote")}</p>}
        {members.status === "loading" && <Loading />}
        {members.status === "error" && <LoadError error={members.error} onRetry={members.reload} />}
        {members.status === "ready" && (
          <ul className="member-list card" data-testid="member-list">
            {members.data.members.map((member) => (
              <MemberRow
                key={member.userId}
                member={member}
                org={org}
                canManage={isAdmin && member.userId !== me.user.id}
                isSelf={member.userId === me.user.id}
                onChanged={members.set}
                onRemoved={members.reload}
              />
            ))}
          </ul>
        )}
      </section>
      {isAdmin && <InvitationsPanel orgId={org.id} />}
    </div>
  );
}
