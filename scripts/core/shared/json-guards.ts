// Type guards for JSON read without a schema: the checks written by hand where zod is not loaded
// (the quiet-turn check, the transcript reading it shares) and a few readers of loose documents.

/** A JSON object: not null, not an array. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const isString = (value: unknown): value is string => typeof value === 'string';
export const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
/** zod's z.number(): finite (JSON's 1e400 parses as Infinity, which it rejects) */
export const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
export const isStringOrNull = (value: unknown): value is string | null => value === null || isString(value);
export const isNumberOrNull = (value: unknown): value is number | null => value === null || isNumber(value);
