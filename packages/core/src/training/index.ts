export * from "./booking.js";
export * from "./certification.js";
export * from "./completion.js";
export * from "./demand.js";
export * from "./waiting-list.js";
