import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { HttpClient, LiveClient, openSessionWithOneStep } from "./support/live-api.js";
import { createPostgresSchema } from "./support/postgres.js";
import { type RunningProduct, startProduct } from "./support/server.js";

/**
 * Restart safety: the server process is killed (SIGKILL) while participants are writing. After a
 * restart on the same data, every acknowledged command is there exactly once, and clients resume
 * from their last seq with the same identity, resending what was not acknowledged.
 */
const databaseUrl = process.env.DATABASE_URL;
const storages = [
  { kind: "sqlite", env: async () => ({ env: {}, drop: async () => {} }) },
  ...(databaseUrl
    ? [
        {
          kind: "postgres",
          env: async () => {
            const schema = await createPostgresSchema(databaseUrl);
            return { env: { DATABASE_URL: schema.databaseUrl }, drop: schema.drop };
          },
        },
      ]
    : []),
];

describe.each(storages)("a server on $kind killed mid-session", (storage) => {
  const products: (RunningProduct & { kill(): Promise<void> })[] = [];
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const product of products) await product.stop().catch(() => undefined);
    for (const cleanup of cleanups) await cleanup();
  });

  it("keeps every acknowledged command, once, and lets clients resume", async () => {
    const { env, drop } = await storage.env();
    cleanups.push(drop);
    const shared = { sharedServices: storage.kind === "postgres" };
    const first = await startProduct(env, shared);
    products.push(first);
    const { api, session, run } = await openSessionWithOneStep(first.url, "Omstart");
    const people: { token: string }[] = [];
    for (const name of ["Ola", "Eva", "Per"]) {
      people.push(await api.post("/api/join", { code: session.joinCode, displayName: name }));
    }
    await run("session.start", {});
    const view = await api.get(`/api/sessions/${session.id}/view`);
    await run("step.start", { stepId: view.state.stepOrder[0] });

    // Everyone writes as fast as they can; the server dies while commands are in flight.
    const clients = await Promise.all(
      people.map((p) => LiveClient.open(first.url, session.id, p.token)),
    );
    for (const client of clients)
      await client.command("participant.acknowledge_ground_rules", {}, "rules");
    const sent = clients.flatMap((client, c) =>
      Array.from({ length: 40 }, (_, n) => {
        const commandId = `c${c}-${n}`;
        client.send(commandId, "contribution.add", { kind: "fact", text: `Fakta ${c}.${n}` });
        return { client, commandId, text: `Fakta ${c}.${n}` };
      }),
    );
    await clients[0]?.waitForAcks(5);
    await first.kill();
    const acked = sent.filter(({ client, commandId }) => client.acks.has(commandId));
    expect(acked.length).toBeGreaterThan(0);

    const second = await startProduct(env, { ...shared, dataDir: first.dataDir });
    products.push(second);
    const resumed = await Promise.all(
      clients.map((client, i) =>
        LiveClient.open(
          second.url,
          session.id,
          (people[i] as { token: string }).token,
          client.lastSeq,
        ),
      ),
    );
    // Resend everything not acknowledged, with the same command ids: applied once at most.
    await Promise.all(
      resumed.map(async (again, c) => {
        for (const { commandId, text } of sent.filter((s) => s.client === clients[c])) {
          await again.command("contribution.add", { kind: "fact", text }, commandId);
        }
      }),
    );

    const facilitator = new HttpClient(second.url, api.cookie);
    const final = await facilitator.get(`/api/sessions/${session.id}/view`);
    const texts: string[] = contributionTexts(final.state);
    expect(texts.sort()).toEqual(sent.map((s) => s.text).sort());
    for (const client of resumed) {
      const seqs = client.seqs;
      expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, k) => (seqs[0] as number) + k));
    }
    for (const client of [...clients, ...resumed]) client.close();
    rmSync(first.dataDir, { recursive: true, force: true });
  });
});

// biome-ignore lint/suspicious/noExplicitAny: the test reads the engine's JSON state loosely on purpose.
function contributionTexts(state: any): string[] {
  const buckets = Object.values(state.contributions.buckets ?? state.contributions) as Record<
    string,
    { text?: string; withdrawn?: boolean }
  >[];
  return buckets.flatMap((bucket) => Object.values(bucket)).map((c) => c.text ?? "");
}
