/** A count as the locale writes it: "11,394", « 11 394 ». */
export function formatCount(n: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(n);
}
