import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";

/**
 * Where flow data lives: `DATA_DIR/flow/<id>/` holds an event log's `events.parquet` or a score
 * set's `scores.parquet` (ids are the database rows' UUIDs). With several instances, DATA_DIR is a
 * shared volume, so any instance reads what another imported.
 */
export class FlowFiles {
  readonly flowDir: string;
  readonly uploadsDir: string;
  private readonly slots: Slots;

  constructor(dataDir: string, concurrentAnalyses = 2) {
    this.flowDir = join(dataDir, "flow");
    this.uploadsDir = join(dataDir, "uploads");
    this.slots = new Slots(concurrentAnalyses);
  }

  eventsPath(logId: string): string {
    return join(this.flowDir, logId, "events.parquet");
  }

  async scoresPath(id: string): Promise<string> {
    await mkdir(join(this.flowDir, id), { recursive: true });
    return join(this.flowDir, id, "scores.parquet");
  }

  async remove(ids: readonly string[]): Promise<void> {
    for (const id of ids) await rm(join(this.flowDir, id), { recursive: true, force: true });
  }

  /**
   * Runs DuckDB work (an import or an analysis) when a slot is free. Each DuckDB instance may
   * use 1.2 GB and both cores: a page that asks for facts and a comparison at once, times a few
   * users, would otherwise overrun the machine instead of queueing for a second.
   */
  analyse<T>(work: () => Promise<T>): Promise<T> {
    return this.slots.run(work);
  }
}

class Slots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await work();
    } finally {
      // A waiter inherits the slot, so `running` only drops when nobody waits.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}
