export * from "./client-sync.js";
export * from "./messages.js";
export { type ParsedClientFrame, parseClientFrame, utf8ByteLength } from "./parse.js";
