import { can, type Organisation } from "@samspel/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "wouter";
import { fetchOrgLibrary } from "../../../api/methods";
import { LoadError } from "../../../components/LoadError";
import { Loading } from "../../../components/Loading";
import { useResource } from "../../../lib/use-resource";
import { MethodLibrary } from "../../../methods/MethodLibrary";
import { OwnMethodForm } from "../../../methods/OwnMethodForm";
import { useContentLanguage, withLanguage } from "../../../methods/use-content-language";
import { OrgLayout } from "../OrgLayout";
import { orgMethodPath } from "./paths";

export function OrgMethodsPage({ orgId }: { orgId: string }) {
  return (
    <OrgLayout orgId={orgId} section="methods">
      {(org) => <Methods org={org} />}
    </OrgLayout>
  );
}

function Methods({ org }: { org: Organisation }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [language, setLanguage] = useContentLanguage();
  const [adding, setAdding] = useState(false);
  const library = useResource(`org-methods:${org.id}:${language}`, (signal) =>
    fetchOrgLibrary(org.id, language, signal),
  );
  if (library.status === "loading") return <Loading />;
  if (library.status === "error") {
    return <LoadError error={library.error} onRetry={library.reload} />;
  }
  const own = library.data.methods.filter((method) => method.source === "organisation");
  return (
    <div className="stack-lg">
      <section className="card stack" aria-labelledby="own-title" data-testid="own-methods">
        <h2 id="own-title">{t("methods.own.title")}</h2>
        <p className="muted">{t("methods.own.intro")}</p>
        {own.length === 0 ? (
          <p>{t("methods.own.empty")}</p>
        ) : (
          <ul className="plain-list">
            {own.map((method) => (
              <li key={method.id}>
                <Link href={withLanguage(orgMethodPath(org.id, method.id), language)}>
                  {method.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
        {can(org.role, "manageMethods") &&
          (adding ? (
            <div className="stack method-form">
              <h3>{t("methods.form.newTitle")}</h3>
              <OwnMethodForm
                orgId={org.id}
                language={language}
                onSaved={(method) =>
                  navigate(withLanguage(orgMethodPath(org.id, method.id), language))
                }
                onCancel={() => setAdding(false)}
              />
            </div>
          ) : (
            <div>
              <button
                type="button"
                className="button button-primary"
                onClick={() => setAdding(true)}
              >
                {t("methods.own.add")}
              </button>
            </div>
          ))}
      </section>
      <section className="stack" aria-labelledby="library-title">
        <h2 id="library-title">{t("methods.own.libraryTitle")}</h2>
        <p>{t("methods.intro")}</p>
        <MethodLibrary
          methods={library.data.methods}
          language={language}
          onLanguageChange={setLanguage}
          detailHref={(method) => withLanguage(orgMethodPath(org.id, method.id), language)}
        />
      </section>
    </div>
  );
}
