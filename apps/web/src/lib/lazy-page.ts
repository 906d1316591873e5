import { type ComponentType, type LazyExoticComponent, lazy } from "react";

// React.lazy's own bound. `any` props, because each page has its own, and M[K] keeps them: the
// lazy page is typed as the page itself.
// biome-ignore lint/suspicious/noExplicitAny: see above.
type AnyComponent = ComponentType<any>;

/**
 * React.lazy for a named export: our pages are named exports, and several pages of one route
 * group share a module (`training-pages.ts`, ...), so one chunk serves the whole group.
 */
export function lazyPage<M extends Record<K, AnyComponent>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<M[K]> {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
