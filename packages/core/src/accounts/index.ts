export * from "./invitations.js";
export * from "./join-codes.js";
export * from "./locales.js";
export * from "./roles.js";
export * from "./schemas.js";
