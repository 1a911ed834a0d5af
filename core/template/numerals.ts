const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五: the counting numerals of Chinese official headings. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`chineseNumeral: ${n}`);
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return '十' + (n % 10 === 0 ? '' : DIGITS[n % 10]!);
  if (n < 100) return DIGITS[Math.floor(n / 10)]! + '十' + (n % 10 === 0 ? '' : DIGITS[n % 10]!);
  if (n < 1000) {
    const rest = n % 100;
    const restText = rest === 0 ? '' : rest < 10 ? '零' + DIGITS[rest]! : rest < 20 ? '一' + chineseNumeral(rest) : chineseNumeral(rest);
    return DIGITS[Math.floor(n / 100)]! + '百' + restText;
  }
  return String(n);
}

/** Fills a heading number pattern such as "（{2:cn}）" or "{1}.{2}" from the counters of levels 1..4. */
export function formatHeadingNumber(pattern: string, counters: readonly number[]): string {
  return pattern.replace(/\{([1-4])(:cn)?\}/g, (_whole, level: string, cn: string | undefined) => {
    const value = counters[Number(level) - 1] ?? 0;
    return cn ? chineseNumeral(value) : String(value);
  });
}
