import type { App } from "../http/context.js";
import { OpinionMaps } from "./live-maps.js";
import { MapThread } from "./map-thread.js";

/** The live opinion maps of this instance, with the worker thread that computes them. */
export function opinionMaps(app: App, debounceMs?: number): OpinionMaps {
  const thread = new MapThread();
  const maps = new OpinionMaps(thread.compute, app.log, debounceMs);
  app.addHook("onClose", async () => {
    maps.close();
    await thread.close();
  });
  return maps;
}
