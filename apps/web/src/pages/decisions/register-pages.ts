// The decision register, its records and their actions, loaded as one chunk (Routes.tsx).
export { MyActionsPage } from "../actions/MyActionsPage";
export { DecisionsPage } from "../org/DecisionsPage";
export { DecisionPage } from "./DecisionPage";
export { PublicDecisionPage } from "./PublicDecisionPage";
