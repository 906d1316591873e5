export * from "./accounts/index.js";
export * from "./api/errors.js";
export * from "./api/flow-facts.js";
export * from "./api/process-errors.js";
export * from "./api/processes.js";
export * from "./api/sessions.js";
export * from "./protocol/index.js";
export * from "./session/index.js";
