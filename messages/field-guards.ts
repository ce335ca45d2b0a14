// The building blocks of the message validators: each checks one field, never trusting its type.

/** A plain object (what structured clone or JSON gives), not an array and not null. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Exactly these keys: every required one present, nothing else. Unknown keys are refused so that
 * nothing rides along unchecked (and a typo on the sending side fails loudly in tests).
 */
export function hasExactKeys(record: Record<string, unknown>, required: readonly string[], optional: readonly string[] = []): boolean {
  for (const key of required) if (!Object.hasOwn(record, key)) return false;
  for (const key of Object.keys(record)) if (!required.includes(key) && !optional.includes(key)) return false;
  return true;
}

export function isBoundedString(value: unknown, maxChars: number, minChars = 0): value is string {
  return typeof value === 'string' && value.length >= minChars && value.length <= maxChars;
}

/** A count or an id: an integer from `min` up, exact in a double. */
export function isCount(value: unknown, min = 0): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min;
}

export function isOneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

/** Checked before any element is looked at, so an oversized list costs nothing to refuse. */
export function isBoundedArray(value: unknown, maxItems: number): value is unknown[] {
  return Array.isArray(value) && value.length <= maxItems;
}
