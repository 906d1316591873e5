import type { Me } from "@samspel/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "wouter";
import { switchOrganisation } from "../api/accounts";
import { useSession } from "../session/session-context";

/** The organisation being looked at: the one in the address, else the active one. */
export function currentOrganisationId(me: Me, path: string): string | null {
  const fromPath = /^\/orgs\/([^/]+)/.exec(path)?.[1];
  const id = fromPath === undefined ? undefined : decodeURIComponent(fromPath);
  if (id && me.organisations.some((org) => org.id === id)) return id;
  return me.activeOrganisationId;
}

export function OrgSwitcher({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { replace } = useSession();
  const [location, navigate] = useLocation();
  const [switching, setSwitching] = useState(false);

  if (me.organisations.length === 0) return null;
  const current = currentOrganisationId(me, location);

  const choose = async (organisationId: string) => {
    setSwitching(true);
    try {
      replace(await switchOrganisation(organisationId));
    } catch {
      // The organisation page reports what is wrong (removed, offline) more usefully than a
      // header could, so go there either way.
    } finally {
      setSwitching(false);
    }
    navigate(`/orgs/${encodeURIComponent(organisationId)}`);
  };

  return (
    <div className="header-select header-select-org">
      <label className="visually-hidden" htmlFor="org-switcher">
        {t("nav.organisation")}
      </label>
      <select
        id="org-switcher"
        data-testid="org-switcher"
        className="select select-compact"
        value={current ?? ""}
        disabled={switching}
        onChange={(event) => void choose(event.target.value)}
      >
        {current === null && <option value="" disabled hidden />}
        {me.organisations.map((org) => (
          <option key={org.id} value={org.id}>
            {org.name}
          </option>
        ))}
      </select>
    </div>
  );
}
