export * from "./accounts/index.js";
export * from "./api/errors.js";
