import { i18nReady } from "./i18n/setup";
import "./styles/index.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");

// The first render waits for the reader's language (a chunk of its own unless English): a
// Norwegian phone shows a blank page for one request rather than a flash of English. Not a
// top-level await: with one, Rollup moves every module the language chunks share with this
// entry into chunks of their own (a language chunk may not import an entry that awaits it).
void i18nReady.then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
