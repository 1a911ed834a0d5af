/** 份号 as typed: full-width digits count (NFKC), spaces do not. */
export const normaliseCopyNumber = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '');

export const isCopyNumber = (text: string): boolean => /^\d{6}$/.test(text);

/** On leaving the field: "12" becomes "000012" (GB/T 9704 prints six digits); anything else stays as typed. */
export function padCopyNumber(text: string): string {
  const clean = normaliseCopyNumber(text);
  return /^\d{1,6}$/.test(clean) ? clean.padStart(6, '0') : text;
}
