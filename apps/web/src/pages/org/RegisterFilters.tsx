import {
  calendarDay,
  DECISION_STATUSES,
  type DecisionStatus,
  type Organisation,
  REGISTER_SORTS,
  type RegisterSort,
} from "@samspel/core";
import { useTranslation } from "react-i18next";
import { fetchMembers } from "../../api/accounts";
import { NO_REGISTER_FILTERS, type RegisterParams, registerCsvUrl } from "../../api/decisions";
import { fetchProcesses } from "../../api/processes";
import { useResource } from "../../lib/use-resource";

const today = () => calendarDay(new Date());

interface RegisterFiltersProps {
  org: Organisation;
  params: RegisterParams;
  onChange: (change: Partial<RegisterParams>) => void;
}

/**
 * The register's search and filters, and the CSV of exactly what they select. Facilitators are
 * chosen among the organisation's members, processes among its processes; while those lists
 * load (or if they fail) the two selects keep only "any", and the rest of the form still works.
 */
export function RegisterFilters({ org, params, onChange }: RegisterFiltersProps) {
  const { t } = useTranslation();
  const members = useResource(`members:${org.id}`, (signal) => fetchMembers(org.id, signal));
  const processes = useResource(`processes:${org.id}`, (signal) => fetchProcesses(org.id, signal));
  const filtered = Object.entries(params).some(
    ([name, value]) =>
      name !== "sort" && value !== NO_REGISTER_FILTERS[name as keyof RegisterParams],
  );
  return (
    <form
      className="register-filters"
      aria-label={t("decisions.list.title")}
      onSubmit={(event) => event.preventDefault()}
    >
      <label>
        {t("decisions.register.search")}
        <input
          type="search"
          value={params.q}
          placeholder={t("decisions.register.searchHint")}
          onChange={(event) => onChange({ q: event.target.value })}
        />
      </label>
      <label>
        {t("decisions.register.status")}
        <select
          value={params.status}
          onChange={(event) => onChange({ status: event.target.value as DecisionStatus | "" })}
        >
          <option value="">{t("decisions.register.allStatuses")}</option>
          {DECISION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`decisions.statuses.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <ChoiceFilter
        name="facilitator"
        label={t("decisions.register.facilitator")}
        any={t("decisions.register.anyFacilitator")}
        value={params.facilitator}
        choices={
          members.status === "ready"
            ? members.data.members.map((m) => ({ id: m.userId, name: m.displayName }))
            : []
        }
        onChange={(facilitator) => onChange({ facilitator })}
      />
      <ChoiceFilter
        name="process"
        label={t("decisions.register.process")}
        any={t("decisions.register.anyProcess")}
        value={params.process}
        choices={processes.status === "ready" ? processes.data : []}
        onChange={(process) => onChange({ process })}
      />
      <label>
        {t("decisions.register.from")}
        <input
          type="date"
          name="from"
          value={params.from}
          max={params.to || undefined}
          onChange={(event) => onChange({ from: event.target.value })}
        />
      </label>
      <label>
        {t("decisions.register.to")}
        <input
          type="date"
          name="to"
          value={params.to}
          min={params.from || undefined}
          onChange={(event) => onChange({ to: event.target.value })}
        />
      </label>
      <label>
        {t("decisions.register.sort")}
        <select
          value={params.sort}
          onChange={(event) => onChange({ sort: event.target.value as RegisterSort })}
        >
          {REGISTER_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`decisions.register.sorts.${sort}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="register-check">
        <input
          type="checkbox"
          name="openActions"
          checked={params.openActions}
          onChange={(event) => onChange({ openActions: event.target.checked })}
        />
        {t("decisions.register.openActions")}
      </label>
      <label className="register-check">
        <input
          type="checkbox"
          checked={params.reviewDueBy !== ""}
          onChange={(event) => onChange({ reviewDueBy: event.target.checked ? today() : "" })}
        />
        {t("decisions.register.dueForReview")}
      </label>
      {filtered && (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onChange({ ...NO_REGISTER_FILTERS, sort: params.sort })}
        >
          {t("decisions.register.clear")}
        </button>
      )}
      <a href={registerCsvUrl(org.id, params)} download data-testid="register-csv">
        {t("decisions.register.csv")}
      </a>
    </form>
  );
}

/** One of the organisation's members or processes, or any. */
function ChoiceFilter(props: {
  name: string;
  label: string;
  any: string;
  value: string;
  choices: Array<{ id: string; name: string }>;
  onChange: (id: string) => void;
}) {
  return (
    <label>
      {props.label}
      <select
        name={props.name}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      >
        <option value="">{props.any}</option>
        {props.choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.name}
          </option>
        ))}
      </select>
    </label>
  );
}
