import { afterAll, describe, expect, it } from "vitest";
import { HttpClient, LiveClient, openSessionWithOneStep } from "./support/live-api.js";
import { createPostgresSchema } from "./support/postgres.js";
import { type RunningProduct, startProduct } from "./support/server.js";

const databaseUrl = process.env.DATABASE_URL;
const redisUrl = process.env.REDIS_URL;
if (!databaseUrl || !redisUrl) {
  console.warn(
    "\n!! DATABASE_URL or REDIS_URL unset: the two-process test is SKIPPED (CI sets both).\n",
  );
}
// Skipped only without PostgreSQL and Redis, loudly (above); CI always has both.
const describeWithServices = databaseUrl && redisUrl ? describe : describe.skip;

/**
 * Two `samspel start` processes on one PostgreSQL and one Redis, participants on both: every
 * client sees every event once, in order, whichever process committed it.
 */
describeWithServices("two server processes on one PostgreSQL", () => {
  const products: RunningProduct[] = [];
  let dropSchema = async () => {};
  afterAll(async () => {
    for (const product of products) await product.stop();
    await dropSchema();
  });

  it("fans every event out to every client once, in order", async () => {
    const schema = await createPostgresSchema(databaseUrl as string);
    dropSchema = schema.drop;
    const env = { DATABASE_URL: schema.databaseUrl, REDIS_URL: redisUrl as string };
    // One after the other: both migrate at start, and the second finds nothing left to do.
    products.push(await startProduct(env, { sharedServices: true }));
    products.push(await startProduct(env, { sharedServices: true }));
    const [a, b] = products as [RunningProduct, RunningProduct];

    const { api, session, run } = await openSessionWithOneStep(a.url, "Interkommunalt");

    const clients: LiveClient[] = [];
    for (let i = 0; i < 6; i += 1) {
      const product = i % 2 === 0 ? a : b;
      const joined = await new HttpClient(product.url).post("/api/join", {
        code: session.joinCode,
      });
      const client = await LiveClient.open(product.url, session.id, joined.token);
      await client.command("participant.acknowledge_ground_rules", {}, `rules-${i}`);
      clients.push(client);
    }
    await run("session.start", {});
    const view = await api.get(`/api/sessions/${session.id}/view`);
    await run("step.start", { stepId: view.state.stepOrder[0] });

    const acks = await Promise.all(
      clients.flatMap((client, i) =>
        [0, 1, 2, 3, 4].map((n) =>
          client.command(
            "contribution.add",
            { kind: "fact", text: `Fakta ${i}.${n}` },
            `f-${i}-${n}`,
          ),
        ),
      ),
    );
    const last = Math.max(...acks);
    await Promise.all(clients.map((client) => client.waitForSeq(last)));
    for (const client of clients) {
      const first = client.seqs[0] as number;
      expect(client.seqs).toEqual(Array.from({ length: last - first + 1 }, (_, k) => first + k));
    }
    for (const client of clients) client.close();
  });
});
