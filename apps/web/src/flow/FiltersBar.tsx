import type { AttributeValues, FlowFacts, FlowFilters } from "@samspel/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "../forms/Field";
import { SelectField } from "../forms/SelectField";

interface FiltersBarProps {
  filters: FlowFilters;
  variants: FlowFacts["variants"]["top"];
  attributes: AttributeValues[];
  onChange: (filters: FlowFilters) => void;
}

const DATE_MODES = ["completed", "intersecting", "contained", "started"] as const;

/** Which cases the facts are about: a date range, one variant, one attribute's values. */
export function FiltersBar({ filters, variants, attributes, onChange }: FiltersBarProps) {
  const { t } = useTranslation();
  const [attributeKey, setAttributeKey] = useState(filters.attributes?.[0]?.key ?? "");
  const values = attributes.find((attribute) => attribute.key === attributeKey)?.values ?? [];
  const currentVariant = filters.variants?.[0]?.join("\u0001") ?? "";

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = data.get(name);
      return typeof value === "string" ? value : "";
    };
    const next: FlowFilters = {};
    const from = text("from");
    const to = text("to");
    if (from || to) {
      const mode = DATE_MODES.find((candidate) => candidate === text("mode")) ?? "completed";
      next.dateRange = { ...(from ? { from } : {}), ...(to ? { to } : {}), mode };
    }
    const variant = text("variant");
    if (variant) next.variants = [variant.split("\u0001")];
    const value = text("attributeValue");
    if (attributeKey && value) next.attributes = [{ key: attributeKey, values: [value] }];
    onChange(next);
  };

  return (
    <form className="filters card stack" onSubmit={onSubmit} aria-labelledby="filters-title">
      <h3 id="filters-title">{t("flow.filters.title")}</h3>
      <div className="filters-grid">
        <Field
          name="from"
          type="date"
          label={t("flow.filters.from")}
          defaultValue={filters.dateRange?.from?.slice(0, 10)}
        />
        <Field
          name="to"
          type="date"
          label={t("flow.filters.to")}
          defaultValue={filters.dateRange?.to?.slice(0, 10)}
        />
        <SelectField
          name="mode"
          label={t("flow.filters.mode")}
          defaultValue={filters.dateRange?.mode ?? "completed"}
        >
          {DATE_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(`flow.filters.modes.${mode}`)}
            </option>
          ))}
        </SelectField>
        <SelectField name="variant" label={t("flow.filters.variant")} defaultValue={currentVariant}>
          <option value="">{t("flow.filters.allVariants")}</option>
          {variants.map((variant) => (
            <option key={variant.rank} value={variant.activities.join("\u0001")}>
              {t("flow.filters.variantOption", {
                rank: variant.rank,
                steps: variant.activities.length,
              })}
            </option>
          ))}
        </SelectField>
        <SelectField
          name="attributeKey"
          label={t("flow.filters.attribute")}
          value={attributeKey}
          onChange={(event) => setAttributeKey(event.target.value)}
        >
          <option value="">{t("flow.filters.noAttribute")}</option>
          {attributes.map((attribute) => (
            <option key={attribute.key} value={attribute.key}>
              {attribute.key}
            </option>
          ))}
        </SelectField>
        <SelectField
          key={attributeKey}
          name="attributeValue"
          label={t("flow.filters.value")}
          disabled={!attributeKey}
          defaultValue={filters.attributes?.[0]?.values[0] ?? ""}
        >
          <option value="">{t("flow.filters.anyValue")}</option>
          {values.map((value) => (
            <option key={value.value} value={value.value}>
              {value.value}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="actions">
        <button type="submit" className="button button-primary">
          {t("flow.filters.apply")}
        </button>
        <button
          type="button"
          className="button button-quiet"
          onClick={(event) => {
            event.currentTarget.form?.reset();
            setAttributeKey("");
            onChange({});
          }}
        >
          {t("flow.filters.reset")}
        </button>
      </div>
    </form>
  );
}
