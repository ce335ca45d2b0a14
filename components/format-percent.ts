/** A share from 0 to 1 as the locale writes a whole percentage: "57%", « 57 % ». */
export function formatPercent(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}
