import { can, type Organisation, renameOrganisationBodySchema } from "@samspel/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { renameOrganisation } from "../../api/accounts";
import { ErrorAlert, SuccessNote } from "../../components/Alert";
import { Field } from "../../forms/Field";
import { SubmitButton } from "../../forms/SubmitButton";
import { useApiForm } from "../../forms/use-api-form";
import { formatDate } from "../../lib/format";
import { useSession } from "../../session/session-context";
import { Celebrations } from "../actions/Celebrations";
import { MyInvitations } from "./MyInvitations";
import { OrgLayout } from "./OrgLayout";

export function OrgHomePage({ orgId }: { orgId: string }) {
  return (
    <OrgLayout orgId={orgId} section="overview">
      {(org, update) => <Overview org={org} onRenamed={update} />}
    </OrgLayout>
  );
}

function Overview({
  org,
  onRenamed,
}: {
  org: Organisation;
  onRenamed: (org: Organisation) => void;
}) {
  const { t, i18n } = useTranslation();
  const membersPath = `/orgs/${encodeURIComponent(org.id)}/members`;
  return (
    <div className="stack-lg">
      <dl className="facts card">
        <div>
          <dt>{t("org.yourRole")}</dt>
          <dd>
            <span className="badge">{t(`roles.${org.role}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{t("org.members")}</dt>
          <dd>
            {t("org.memberCount", { count: org.memberCount })}
            {" · "}
            <Link href={membersPath}>{t("org.viewMembers")}</Link>
          </dd>
        </div>
        <div>
          <dt>{t("org.created")}</dt>
          <dd>{formatDate(org.createdAt, i18n.language)}</dd>
        </div>
      </dl>
      <MyInvitations />
      <Celebrations orgId={org.id} />
      {can(org.role, "renameOrganisation") && <RenameForm org={org} onRenamed={onRenamed} />}
      <p>
        <Link href="/orgs/new">{t("org.createAnother")}</Link>
      </p>
    </div>
  );
}

function RenameForm({
  org,
  onRenamed,
}: {
  org: Organisation;
  onRenamed: (org: Organisation) => void;
}) {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const [saved, setSaved] = useState(false);
  const form = useApiForm({
    schema: renameOrganisationBodySchema,
    submit: (body) => renameOrganisation(org.id, body.name),
    onSuccess: (renamed) => {
      onRenamed(renamed);
      setSaved(true);
      // The header's organisation switcher shows names from `me`.
      void refresh().catch(() => undefined);
    },
  });
  return (
    <section className="card stack" aria-labelledby="rename-title">
      <h2 id="rename-title">{t("org.renameTitle")}</h2>
      <form
        ref={form.formRef}
        onSubmit={form.onSubmit}
        onInput={() => setSaved(false)}
        noValidate
        className="stack"
      >
        {form.formError && <ErrorAlert>{form.formError}</ErrorAlert>}
        <Field
          name="name"
          label={t("fields.name")}
          defaultValue={org.name}
          autoComplete="organization"
          required
          error={form.fieldError("name")}
        />
        <div className="actions">
          <SubmitButton
            pending={form.pending}
            label={t("org.renameSubmit")}
            pendingLabel={t("common.saving")}
          />
          {saved && <SuccessNote>{t("org.renamed")}</SuccessNote>}
        </div>
      </form>
    </section>
  );
}
