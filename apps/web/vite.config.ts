import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig } from "vite";

// The API server during development. The built app is served by that same server, so these
// proxies only exist to keep cookies and CSRF checks same-origin while running `vite`.
const API_ORIGIN = "http://127.0.0.1:3000";

export default defineConfig({
  plugins: [react()],
  resolve: {
    // "source" first: @samspel/core resolves to its TypeScript sources, so the web app never
    // depends on a stale `dist` of a workspace package.
    conditions: ["source", ...defaultClientConditions],
  },
  server: {
    proxy: {
      // ws: the live endpoint (/api/live) is a WebSocket upgrade.
      "/api": { target: API_ORIGIN, ws: true },
      "/healthz": API_ORIGIN,
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
  },
});
