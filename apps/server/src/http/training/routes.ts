import type { App, AppContext } from "../context.js";
import { registerBookingRoutes } from "./booking-routes.js";
import { registerCohortRoutes } from "./cohort-routes.js";
import { registerEnrolmentRoutes } from "./enrolment-routes.js";
import { registerTrainingMeRoutes } from "./me-routes.js";
import { registerPoolRoutes } from "./pool-routes.js";
import { registerProgrammeRoutes } from "./programme-routes.js";

/** Training programmes and the facilitator pool (docs/training.md). */
export function registerTrainingRoutes(app: App, ctx: AppContext): void {
  registerProgrammeRoutes(app, ctx);
  registerCohortRoutes(app, ctx);
  registerEnrolmentRoutes(app, ctx);
  registerTrainingMeRoutes(app, ctx);
  registerPoolRoutes(app, ctx);
  registerBookingRoutes(app, ctx);
}
