import { defineConfig } from "vitest/config";

// The "source" condition makes workspace packages resolve to their TypeScript sources, so tests
// never depend on a stale build.
const resolve = { conditions: ["source"] };

export default defineConfig({
  resolve,
  test: {
    reporters: ["default", "./tools/summary-reporter.ts"],
    projects: [
      {
        resolve,
        test: {
          name: "unit",
          include: ["packages/*/src/**/*.test.ts", "apps/web/src/**/*.test.{ts,tsx}"],
        },
      },
      {
        resolve,
        test: {
          name: "server",
          include: ["apps/server/src/**/*.test.ts"],
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        resolve,
        test: {
          name: "e2e",
          include: ["e2e/**/*.test.ts"],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
