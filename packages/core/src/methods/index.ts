export { BUILT_IN_METHODS, builtInLibrary, findBuiltInMethod, localiseMethod } from "./library.js";
export * from "./schema.js";
export { foldText, type MethodFilters, searchMethods } from "./search.js";
export { type StepOverrides, stepInputFromMethod, stepInputFromView } from "./step-input.js";
