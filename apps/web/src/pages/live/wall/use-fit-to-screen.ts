import { type RefObject, useLayoutEffect } from "react";

/** Below this the back row cannot read the wall. */
const SMALLEST_SCALE = 0.55;
const STEPS = 6;
/** Marks a list whose notes are cut to their first lines: the last resort before scrolling. */
const CLAMPED = "wall-fit-clamped";

/**
 * A projector cannot be scrolled by the room: when a wall list grows past the bottom of the
 * screen, its type is scaled down (as a `--fit` factor on the element) until it fits, no further
 * than SMALLEST_SCALE; if even that is too tall, long notes are cut to their first lines (the
 * phones keep the whole text) and the scale is found again. `content` is what changes the
 * list's height (the texts shown), so the fit is found again as contributions arrive.
 */
export function useFitToScreen(ref: RefObject<HTMLElement | null>, content: string): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: `content` is read by the layout, not the code: a new text must refit.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const fits = (scale: number) => {
      element.style.setProperty("--fit", String(scale));
      return element.getBoundingClientRect().bottom <= window.innerHeight;
    };
    // Bisection: six measurements put the scale within 1 % of the largest that fits.
    const largestFitting = () => {
      if (fits(1)) return 1;
      let low = SMALLEST_SCALE;
      let high = 1;
      for (let step = 0; step < STEPS; step++) {
        const middle = (low + high) / 2;
        if (fits(middle)) low = middle;
        else high = middle;
      }
      return low;
    };
    const fit = () => {
      element.classList.remove(CLAMPED);
      let scale = largestFitting();
      if (!fits(scale)) {
        element.classList.add(CLAMPED);
        scale = largestFitting();
      }
      fits(scale);
    };
    fit();
    // What sits above the list (a heading wrapping, the QR code loading) moves it too; a fit
    // leaves the page's size where it found the fit, so this settles after one more round.
    let fittedAt = element.getBoundingClientRect().top;
    const refitIfMoved = () => {
      const top = element.getBoundingClientRect().top;
      if (top === fittedAt) return;
      fit();
      fittedAt = element.getBoundingClientRect().top;
    };
    const observer = new ResizeObserver(refitIfMoved);
    observer.observe(document.body);
    window.addEventListener("resize", fit);
    return () => {
      observer.disconnect();
      window.removeEventListener("resize", fit);
    };
  }, [ref, content]);
}
