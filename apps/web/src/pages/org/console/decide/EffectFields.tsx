import { EFFECT_DIRECTIONS, EFFECT_METRICS, type EffectMetric } from "@samspel/core";
import { useTranslation } from "react-i18next";
import { fetchProcesses } from "../../../../api/processes";
import { Field } from "../../../../forms/Field";
import { SelectField } from "../../../../forms/SelectField";
import { useResource } from "../../../../lib/use-resource";
import type { EffectRow } from "./effect-row";

/**
 * "Effect to follow up": the process and flow metric the decision means to change, which way,
 * to what and by when. Optional; the decision page later judges it from the process's log.
 */
export function EffectFields({
  organisationId,
  value,
  onChange,
  problem,
}: {
  organisationId: string;
  value: EffectRow;
  onChange: (row: EffectRow) => void;
  problem: string | undefined;
}) {
  const { t } = useTranslation();
  const processes = useResource(`processes:${organisationId}`, (signal) =>
    fetchProcesses(organisationId, signal),
  );
  const set = (change: Partial<EffectRow>) => onChange({ ...value, ...change });
  return (
    <fieldset className="stack" data-testid="effect-fields">
      <legend>{t("consent.effect.legend")}</legend>
      <p className="muted">{t("consent.effect.hint")}</p>
      <SelectField
        name="effect-process"
        label={t("consent.effect.process")}
        value={value.processId}
        onChange={(event) => set({ processId: event.target.value })}
      >
        <option value="">{t("consent.effect.none")}</option>
        {processes.status === "ready" &&
          processes.data.map((process) => (
            <option key={process.id} value={process.id}>
              {process.name}
            </option>
          ))}
      </SelectField>
      {value.processId !== "" && (
        <>
          <SelectField
            name="effect-metric"
            label={t("consent.effect.metric")}
            value={value.metric}
            onChange={(event) => set({ metric: metricNamed(event.target.value) ?? value.metric })}
          >
            {EFFECT_METRICS.map((metric) => (
              <option key={metric} value={metric}>
                {t(`flow.effect.metrics.${metric}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            name="effect-direction"
            label={t("consent.effect.direction")}
            value={value.direction}
            onChange={(event) =>
              set({ direction: event.target.value === "increase" ? "increase" : "decrease" })
            }
          >
            {EFFECT_DIRECTIONS.map((direction) => (
              <option key={direction} value={direction}>
                {t(`flow.effect.directions.${direction}`)}
              </option>
            ))}
          </SelectField>
          <Field
            name="effect-target"
            label={t("consent.effect.target")}
            inputMode="decimal"
            value={value.target}
            error={problem}
            onChange={(event) => set({ target: event.target.value })}
          />
          <Field
            name="effect-date"
            type="date"
            label={t("consent.effect.targetDate")}
            value={value.targetDate}
            onChange={(event) => set({ targetDate: event.target.value })}
          />
        </>
      )}
    </fieldset>
  );
}

const metricNamed = (name: string): EffectMetric | undefined =>
  EFFECT_METRICS.find((metric) => metric === name);
