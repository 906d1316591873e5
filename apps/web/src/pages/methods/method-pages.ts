// The method library, public and the organisation's, loaded as one chunk (Routes.tsx).
export { OrgMethodPage } from "../org/methods/MethodPage";
export { OrgMethodsPage } from "../org/methods/MethodsPage";
export { MethodPage } from "./MethodPage";
export { MethodsPage } from "./MethodsPage";
