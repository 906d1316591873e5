import { can, type MethodView, type Organisation } from "@samspel/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "wouter";
import { deleteOwnMethod, fetchOrgLibrary, fetchOwnMethods } from "../../../api/methods";
import { ErrorAlert } from "../../../components/Alert";
import { LoadError } from "../../../components/LoadError";
import { Loading } from "../../../components/Loading";
import { NothingHere } from "../../../components/NothingHere";
import { errorMessage } from "../../../lib/error-message";
import { useResource } from "../../../lib/use-resource";
import { MethodDetail } from "../../../methods/MethodDetail";
import { OwnMethodForm } from "../../../methods/OwnMethodForm";
import { useContentLanguage, withLanguage } from "../../../methods/use-content-language";
import { OrgLayout } from "../OrgLayout";
import { orgMethodsPath } from "./paths";

export function OrgMethodPage({ orgId, methodId }: { orgId: string; methodId: string }) {
  return (
    <OrgLayout orgId={orgId} section="methods">
      {(org) => <Method org={org} methodId={methodId} />}
    </OrgLayout>
  );
}

function Method({ org, methodId }: { org: Organisation; methodId: string }) {
  const { t } = useTranslation();
  const [language] = useContentLanguage();
  const found = useResource(`org-method:${org.id}:${methodId}:${language}`, async (signal) => {
    const library = await fetchOrgLibrary(org.id, language, signal);
    return library.methods.find((method) => method.id === methodId) ?? null;
  });
  const back = (
    <p>
      <Link href={withLanguage(orgMethodsPath(org.id), language)}>
        ← {t("methods.detail.back")}
      </Link>
    </p>
  );
  if (found.status === "loading") return <Loading />;
  if (found.status === "error") return <LoadError error={found.error} onRetry={found.reload} />;
  if (found.data === null) {
    return <NothingHere title={t("methods.title")}>{t("methods.detail.notFound")}</NothingHere>;
  }
  return (
    <div className="stack-lg">
      {back}
      {found.data.source === "organisation" && can(org.role, "manageMethods") ? (
        <OwnMethod org={org} method={found.data} onChanged={found.reload} />
      ) : (
        <MethodDetail method={found.data} />
      )}
    </div>
  );
}

/** An own method with Edit and Delete for those who may change it. */
function OwnMethod({
  org,
  method,
  onChanged,
}: {
  org: Organisation;
  method: MethodView;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [language] = useContentLanguage();
  const [editing, setEditing] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  // The editable record (with author and dates) comes from the own-methods list.
  const own = useResource(`own-methods:${org.id}:${method.id}`, async (signal) =>
    (await fetchOwnMethods(org.id, signal)).find((candidate) => candidate.id === method.id),
  );

  const onDelete = async () => {
    if (!window.confirm(t("methods.own.confirmDelete", { name: method.name }))) return;
    try {
      await deleteOwnMethod(org.id, method.id);
      navigate(withLanguage(orgMethodsPath(org.id), language));
    } catch (error) {
      setFailure(error);
    }
  };

  if (editing && own.status === "ready" && own.data) {
    return (
      <section className="card stack" aria-labelledby="edit-method-title">
        <h2 id="edit-method-title">{t("methods.form.editTitle", { name: method.name })}</h2>
        <OwnMethodForm
          orgId={org.id}
          method={own.data}
          language={language}
          onSaved={() => {
            setEditing(false);
            onChanged();
          }}
          onCancel={() => setEditing(false)}
        />
      </section>
    );
  }
  return (
    <MethodDetail
      method={method}
      actions={
        <div className="stack">
          {failure !== null && <ErrorAlert>{errorMessage(failure, t)}</ErrorAlert>}
          <div className="actions">
            <button
              type="button"
              className="button button-secondary"
              disabled={own.status !== "ready"}
              onClick={() => setEditing(true)}
            >
              {t("methods.own.edit")}
            </button>
            <button type="button" className="button button-quiet" onClick={() => void onDelete()}>
              {t("methods.own.delete")}
            </button>
          </div>
        </div>
      }
    />
  );
}
