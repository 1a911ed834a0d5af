/**
 * When a photo was taken, from EXIF DateTimeOriginal ("2025:03:18 10:42:07", the camera's local time with no zone).
 * Read as written, never through Date, so the time offered is the one on the camera's clock wherever the app runs.
 */
export interface CaptureTime {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, as a site's time is written */
  time: string;
}

const EXIF_DATE_TIME = /^(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?/;

export function parseCaptureTime(value: unknown): CaptureTime | undefined {
  if (typeof value !== 'string') return undefined;
  const match = EXIF_DATE_TIME.exec(value.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute] = match as unknown as [string, string, string, string, string, string];
  const valid = +month >= 1 && +month <= 12 && +day >= 1 && +day <= 31 && +hour <= 23 && +minute <= 59 && +year >= 1900;
  return valid ? { date: `${year}-${month}-${day}`, time: `${hour}:${minute}` } : undefined;
}
