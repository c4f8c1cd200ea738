// Numbers in charts and tables as Dutch readers write them: 9,6 and 1.234.
const whole = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** A count or a measure with at most one decimal: `1.234`, `9,6`. */
export function dutchNumber(value: number): string {
  return (Number.isInteger(value) ? whole : oneDecimal).format(value);
}

/** A share as a whole percentage: `43%`. */
export function dutchPercent(value: number): string {
  return `${whole.format(value)}%`;
}
