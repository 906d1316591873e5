/** A whole number typed into a field, if it is one and within bounds. */
export function wholeNumber(value: string, min: number, max: number): number | undefined {
  const number = Number(value);
  return Number.isInteger(number) && number >= min && number <= max ? number : undefined;
}
