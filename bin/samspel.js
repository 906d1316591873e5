#!/usr/bin/env node
// The compiled server does the work; this file only finds it. `npm start` builds it first.
import { existsSync } from "node:fs";

const entry = new URL("../apps/server/dist/cli.js", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    "Samspel is not built yet. Run `npm run build` (npm start does it for you).\n",
  );
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
