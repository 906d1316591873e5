// stopword 3 ships no types and @types/stopword describes version 2: only the lists used here.
declare module "stopword" {
  export const eng: string[];
  export const nob: string[];
  export const swe: string[];
  export const nld: string[];
}
