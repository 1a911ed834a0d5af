import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';

dayjs.extend(customParseFormat);

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD for a real calendar day (2026-02-30 is not one), else undefined. */
function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1000 ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

/** Year first, in any of the separators people type: 2026-11-25, 2026/11/25, 2026.11.25, 2026年11月25日, 2026 11 25. */
const YEAR_FIRST = /^(\d{4})\s*[-/.年\s]\s*(\d{1,2})\s*[-/.月\s]\s*(\d{1,2})\s*日?$/;
/** Day first, as written in English outside the US: 25/11/2026, 25.11.2026, 25-11-2026. */
const DAY_FIRST = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})$/;
/** Month names, English only. */
const NAMED = ['D MMM YYYY', 'D MMMM YYYY', 'MMM D, YYYY', 'MMMM D, YYYY', 'MMM D YYYY', 'MMMM D YYYY', 'D MMM, YYYY'];

/**
 * The date a person typed, as YYYY-MM-DD, or undefined when the text is not a whole date. Only whole texts
 * count: "2026/11/2" on the way to "2026/11/25" is read only when the user says they are done (Enter, leaving the
 * field), never while typing. Full-width digits and punctuation (２０２６／１１／２５, from a Chinese IME) are
 * read as their ASCII forms. Day-first numbers are English only: a Chinese user writes the year first.
 */
export function parseTypedDate(typed: string, language: string): string | undefined {
  const text = typed.normalize('NFKC').trim();
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) return isoDate(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  if (language.startsWith('zh')) return undefined;
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return isoDate(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  for (const format of NAMED) {
    const date = dayjs(text, format, 'en', true);
    if (date.isValid()) return isoDate(date.year(), date.month() + 1, date.date());
  }
  return undefined;
}

/** How the UI language shows a date: 2026年11月25日, 25 Nov 2026. */
export function displayFormat(language: string): string {
  return language.startsWith('zh') ? 'YYYY年M月D日' : 'D MMM YYYY';
}
