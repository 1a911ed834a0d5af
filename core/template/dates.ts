import type { z } from 'zod';
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
