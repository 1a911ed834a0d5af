import { z } from 'zod';

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date as YYYY-MM-DD; 2022-02-30 is refused, not rolled over. */
export const IsoDateSchema = z.string().superRefine((value, ctx) => {
  // One message per bad date: the shape first, the calendar only for a well-formed date.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) ctx.addIssue({ code: 'custom', message: 'expected a date as YYYY-MM-DD' });
  else if (!isRealDate(value)) ctx.addIssue({ code: 'custom', message: 'not a real calendar date' });
});

/** A time of day as HH:MM (24-hour). */
export const TimeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:MM (24-hour)');
