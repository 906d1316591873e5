// The training pages, loaded as one chunk when one of them is opened (Routes.tsx).
export { CohortPage } from "./CohortPage";
export { TrainingPage } from "./TrainingPage";
