import { cpus } from "node:os";

/** Every figure names the machine it was measured on (ARCHITECTURE.md, Benchmarks). */
export const MACHINE = `${cpus().length} cores`;

export interface Figure {
  metric: string;
  value: number;
  unit: string;
  better: "lower" | "higher";
  target?: number | undefined;
  /** Context a reader needs beside the figure (the log size, for one). */
  extra?: Record<string, unknown>;
}

/** One JSON line per measured figure, in the format every benchmark of ours prints. */
export function printFigure(bench: string, scenario: string, figure: Figure): void {
  const { metric, value, unit, better, target, extra } = figure;
  process.stdout.write(
    `${JSON.stringify({
      bench,
      scenario,
      metric,
      value: Number(value.toFixed(3)),
      unit,
      ...(target === undefined ? {} : { target }),
      better,
      machine: MACHINE,
      ...extra,
    })}\n`,
  );
}

/** A scenario that could not run here, and why: printed instead of its figures. */
export function printSkipped(bench: string, scenario: string, reason: string): void {
  process.stdout.write(
    `${JSON.stringify({ bench, scenario, skipped: reason, machine: MACHINE })}\n`,
  );
}
