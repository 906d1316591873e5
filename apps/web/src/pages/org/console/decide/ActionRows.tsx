import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Field } from "../../../../forms/Field";

export interface ActionRow {
  /** Stable across edits, so typing in one row never moves focus to another. */
  key: string;
  what: string;
  owner: string;
  /** `YYYY-MM-DD`, or empty for none. */
  dueDate: string;
}

export interface RowProblems {
  what?: string | undefined;
  owner?: string | undefined;
}

export function emptyAction(): ActionRow {
  return { key: crypto.randomUUID(), what: "", owner: "", dueDate: "" };
}

/** A row left empty is no action; a row begun needs both what and who. */
export function rowProblems(rows: ActionRow[], t: TFunction): RowProblems[] {
  return rows.map((row) => {
    if (!row.what.trim() && !row.owner.trim() && !row.dueDate) return {};
    return {
      what: row.what.trim() ? undefined : t("validation.required"),
      owner: row.owner.trim() ? undefined : t("validation.required"),
    };
  });
}

/** The actions a decision comes with: what, who owns it, by when. */
export function ActionRows({
  rows,
  onChange,
  problems,
}: {
  rows: ActionRow[];
  onChange: (rows: ActionRow[]) => void;
  problems: RowProblems[];
}) {
  const { t } = useTranslation();
  const edit = (key: string, change: Partial<ActionRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  return (
    <fieldset className="stack action-rows">
      <legend className="label">{t("consent.close.actions")}</legend>
      {rows.map((row, index) => (
        <div key={row.key} className="action-row" data-testid="action-row">
          <Field
            name={`what-${index}`}
            label={t("consent.close.what", { number: index + 1 })}
            error={problems[index]?.what}
            maxLength={500}
            value={row.what}
            onChange={(event) => edit(row.key, { what: event.target.value })}
          />
          <Field
            name={`owner-${index}`}
            label={t("consent.close.owner")}
            error={problems[index]?.owner}
            maxLength={120}
            value={row.owner}
            onChange={(event) => edit(row.key, { owner: event.target.value })}
          />
          <Field
            name={`due-${index}`}
            type="date"
            label={t("consent.close.dueDate")}
            value={row.dueDate}
            onChange={(event) => edit(row.key, { dueDate: event.target.value })}
          />
          {rows.length > 1 && (
            <button
              type="button"
              className="button button-quiet button-small"
              aria-label={t("consent.close.removeActionNamed", { number: index + 1 })}
              onClick={() => onChange(rows.filter((other) => other.key !== row.key))}
            >
              {t("consent.close.removeAction")}
            </button>
          )}
        </div>
      ))}
      <div>
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => onChange([...rows, emptyAction()])}
        >
          {t("consent.close.addAction")}
        </button>
      </div>
    </fieldset>
  );
}
