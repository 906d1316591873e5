import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { type MapJob, type MapResult, resultOf, type WorkerResult } from "./job.js";

export type ComputeMap = (job: MapJob) => Promise<MapResult>;

type Answer = { ok: true; result: WorkerResult } | { ok: false; message: string };

/**
 * One worker thread for every session's maps, started on the first job. Jobs queue: the
 * machine has few cores, and a second thread would take one from the commands. A worker that
 * dies fails its job and is started afresh for the next.
 */
export class MapThread {
  private worker: Worker | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  readonly compute: ComputeMap = (job) => {
    const result = this.queue.then(() => this.run(job));
    this.queue = result.catch(() => undefined);
    return result;
  };

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private run(job: MapJob): Promise<MapResult> {
    const worker = this.start();
    // The job's arrays move to the worker; its id lists stay here to name the answer's rows.
    const ids = { participants: job.participants, statements: job.statements };
    return new Promise((resolve, reject) => {
      const done = () => {
        worker.off("message", settle);
        worker.off("error", fail);
        worker.off("exit", exited);
      };
      const settle = (answer: Answer) => {
        done();
        if (answer.ok) resolve(resultOf(ids, answer.result));
        else reject(new Error(answer.message));
      };
      const fail = (error: Error) => {
        done();
        if (this.worker === worker) this.worker = undefined;
        reject(error);
      };
      const exited = (code: number) => fail(new Error(`the map worker exited with ${code}`));
      worker.once("message", settle);
      worker.once("error", fail);
      worker.once("exit", exited);
      // The typed arrays are the job's own: hand them over instead of copying them.
      worker.postMessage(job, [job.rows.buffer, job.columns.buffer, job.values.buffer]);
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = import.meta.url.endsWith(".ts") ? sourceWorker() : builtWorker();
    // The thread must not keep a finished server process alive.
    worker.unref();
    this.worker = worker;
    return worker;
  }
}

/** Built: plain JavaScript beside this file. */
function builtWorker(): Worker {
  return new Worker(new URL("./map-worker.js", import.meta.url));
}

/**
 * From source (tests, `tsx`): the worker is TypeScript, so it registers tsx's loader before it
 * imports itself, and resolves workspace packages to their sources as the parent does.
 */
function sourceWorker(): Worker {
  // The ESM build of tsx's API: require.resolve finds the CommonJS one beside it.
  const api = createRequire(import.meta.url)
    .resolve("tsx/esm/api")
    .replace(/\.cjs$/, ".mjs");
  const tsx = pathToFileURL(api).href;
  const entry = new URL("./map-worker.ts", import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, execArgv: ["--conditions=source"] });
}
