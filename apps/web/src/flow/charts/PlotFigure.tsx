import * as Plot from "@observablehq/plot";
import { useEffect, useRef, useState } from "react";

/**
 * An Observable Plot chart at the width of its container, redrawn when the container resizes or
 * the options change. `build` must be stable for the same data (wrap it in useCallback), or the
 * chart is redrawn on every render.
 */
export function PlotFigure({
  build,
  label,
}: {
  build: (width: number) => Plot.PlotOptions;
  label: string;
}) {
  const ref = useRef<HTMLElement>(null);
  const width = useWidth(ref);
  useEffect(() => {
    const host = ref.current;
    if (!host || width === 0) return;
    const chart = Plot.plot({ ...build(width), width, ariaLabel: label });
    host.replaceChildren(chart);
    return () => chart.remove();
  }, [build, width, label]);
  return <figure ref={ref} className="plot" aria-label={label} />;
}

function useWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(Math.floor(element.clientWidth / 20) * 20);
    // Rounded to 20 px steps: a scrollbar appearing must not redraw every chart twice.
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width / 20) * 20);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
