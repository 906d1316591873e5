export * from "./coverage.js";
export * from "./errors.js";
export * from "./limits.js";
export * from "./schemas.js";
