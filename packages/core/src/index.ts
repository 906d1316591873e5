export * from "./accounts/index.js";
export * from "./api/decisions.js";
export * from "./api/errors.js";
export * from "./api/sessions.js";
export * from "./protocol/index.js";
export * from "./session/index.js";
