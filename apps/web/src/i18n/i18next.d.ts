import "i18next";
import type { Messages } from "./en";

// Makes `t("some.key")` a type error when the key does not exist in the English source.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: Messages };
  }
}
