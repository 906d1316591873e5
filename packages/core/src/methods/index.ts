export { BUILT_IN_METHODS, builtInLibrary, findBuiltInMethod } from "./library.js";
export { localiseMethod } from "./localise.js";
export { builtInMethodRound } from "./method-rounds.js";
export * from "./schema.js";
export { foldText, type MethodFilters, searchMethods } from "./search.js";
export { type StepOverrides, stepInputFromMethod, stepInputFromView } from "./step-input.js";
