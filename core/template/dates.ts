import type { z } from 'zod';
import type { Language } from '../model/index.ts';
import type { DateFormatSchema } from './manifest.ts';

const EN_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "2022-06-09" → "2022年6月9日" | "9 June 2022" | "2022-06-09". Input is a validated ISO date. */
export function formatDate(iso: string, format: z.infer<typeof DateFormatSchema>): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  switch (format) {
    case 'zh-long':
      return `${y}年${m}月${d}日`;
    case 'en-long':
      return `${d} ${EN_MONTHS[m - 1]} ${y}`;
    case 'iso':
      return iso;
  }
}

/**
 * The template's date format, unless it is the other language's: a Chinese briefing on an English template prints
 * "2025年3月18日", an English one on a Chinese template "18 March 2025". ISO dates suit both.
 */
export function dateFormatFor(format: z.infer<typeof DateFormatSchema>, language: Language): z.infer<typeof DateFormatSchema> {
  if (format === 'iso') return format;
  return language === 'zh-CN' ? 'zh-long' : 'en-long';
}
