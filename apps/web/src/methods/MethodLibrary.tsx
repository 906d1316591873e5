import {
  LOCALES,
  type Locale,
  type MethodFilters,
  type MethodView,
  PHASES,
  type Phase,
  searchMethods,
} from "@samspel/core";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { LanguageOptions } from "../components/LanguageOptions";
import { MethodCard } from "./MethodCard";

interface MethodLibraryProps {
  methods: readonly MethodView[];
  language: Locale;
  onLanguageChange: (language: Locale) => void;
  detailHref: (method: MethodView) => string;
}

/** Whole numbers from a number input; empty or nonsense means "no filter". */
function positive(text: string): number | undefined {
  const value = Number.parseInt(text, 10);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

function isPhase(value: string): value is Phase {
  return (PHASES as readonly string[]).includes(value);
}

/** Search box, filters and the matching methods as cards. */
export function MethodLibrary({
  methods,
  language,
  onLanguageChange,
  detailHref,
}: MethodLibraryProps) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState("");
  const [phase, setPhase] = useState<Phase | "">("");
  const [size, setSize] = useState("");
  const [minutes, setMinutes] = useState("");

  const groupSize = positive(size);
  const available = positive(minutes);
  const filters: MethodFilters = {
    query,
    ...(phase !== "" && { phase }),
    ...(groupSize !== undefined && { groupSize }),
    ...(available !== undefined && { minutes: available }),
  };
  const found = searchMethods(methods, filters);
  const filtered = query !== "" || phase !== "" || size !== "" || minutes !== "";

  return (
    <div className="stack">
      <search className="method-filters">
        <div className="field method-query">
          <label className="label" htmlFor={`${id}-q`}>
            {t("methods.search.label")}
          </label>
          <input
            id={`${id}-q`}
            name="q"
            type="search"
            className="input"
            placeholder={t("methods.search.placeholder")}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <div className="field">
          <label className="label" htmlFor={`${id}-phase`}>
            {t("methods.search.phase")}
          </label>
          <select
            id={`${id}-phase`}
            name="phase"
            className="select"
            value={phase}
            onChange={(event) => setPhase(isPhase(event.target.value) ? event.target.value : "")}
          >
            <option value="">{t("methods.search.anyPhase")}</option>
            {PHASES.map((option) => (
              <option key={option} value={option}>
                {t(`live.phases.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field method-number">
          <label className="label" htmlFor={`${id}-size`}>
            {t("methods.search.size")}
          </label>
          <input
            id={`${id}-size`}
            name="size"
            type="number"
            min={1}
            inputMode="numeric"
            className="input"
            placeholder={t("methods.search.sizePlaceholder")}
            value={size}
            onChange={(event) => setSize(event.target.value)}
          />
        </div>
        <div className="field method-number">
          <label className="label" htmlFor={`${id}-minutes`}>
            {t("methods.search.minutes")}
          </label>
          <input
            id={`${id}-minutes`}
            name="minutes"
            type="number"
            min={1}
            inputMode="numeric"
            className="input"
            placeholder={t("methods.search.minutesPlaceholder")}
            value={minutes}
            onChange={(event) => setMinutes(event.target.value)}
          />
        </div>
        <div className="field">
          <label className="label" htmlFor={`${id}-lang`}>
            {t("methods.search.language")}
          </label>
          <select
            id={`${id}-lang`}
            name="lang"
            className="select"
            value={language}
            onChange={(event) => {
              const next = LOCALES.find((locale) => locale === event.target.value);
              if (next) onLanguageChange(next);
            }}
          >
            <LanguageOptions />
          </select>
        </div>
      </search>
      <div className="method-count">
        <p className="muted" role="status">
          {t("methods.search.results", { count: found.length })}
        </p>
        {filtered && (
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              setQuery("");
              setPhase("");
              setSize("");
              setMinutes("");
            }}
          >
            {t("methods.search.clear")}
          </button>
        )}
      </div>
      {found.length === 0 ? (
        <p>{t("methods.search.none")}</p>
      ) : (
        <ul className="method-cards" lang={language}>
          {found.map((method) => (
            <MethodCard key={method.id} method={method} href={detailHref(method)} />
          ))}
        </ul>
      )}
    </div>
  );
}
