import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';

dayjs.extend(customParseFormat);

const ISO_DATE = 'YYYY-MM-DD';
export const TIME_FORMAT = 'HH:mm';

/** An ISO date (YYYY-MM-DD) as the picker's value; undefined for missing or malformed text. */
export function fromIsoDate(value: string | undefined): Dayjs | undefined {
  if (!value) return undefined;
  const date = dayjs(value, ISO_DATE, true);
  return date.isValid() ? date : undefined;
}

export function toIsoDate(date: Dayjs): string {
  return date.format(ISO_DATE);
}

export function fromTime(value: string | undefined): Dayjs | undefined {
  if (!value) return undefined;
  const time = dayjs(value, TIME_FORMAT, true);
  return time.isValid() ? time : undefined;
}

export function toTime(time: Dayjs): string {
  return time.format(TIME_FORMAT);
}
