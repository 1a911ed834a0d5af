import { z } from 'zod';

/**
 * The 公文 elements GB/T 9704-2012 prints above and around a document's body, as fixed choices: a code is stored
 * (stable across languages and renames), a label is printed.
 */

/** 密级, highest first. 绝密 Top Secret, 机密 Secret, 秘密 Confidential. */
export const SECRECY_LEVELS = ['top-secret', 'secret', 'confidential'] as const;
export const SecrecyLevelSchema = z.enum(SECRECY_LEVELS);
export type SecrecyLevel = z.infer<typeof SecrecyLevelSchema>;

/** 紧急程度: 特急 (immediate) and 加急 (urgent). */
export const URGENCY_LEVELS = ['immediate', 'urgent'] as const;
export const UrgencyLevelSchema = z.enum(URGENCY_LEVELS);
export type UrgencyLevel = z.infer<typeof UrgencyLevelSchema>;

export const SECRECY_LABELS: Record<SecrecyLevel, { 'zh-CN': string; en: string }> = {
  'top-secret': { 'zh-CN': '绝密', en: 'Top Secret' },
  secret: { 'zh-CN': '机密', en: 'Secret' },
  confidential: { 'zh-CN': '秘密', en: 'Confidential' },
};

export const URGENCY_LABELS: Record<UrgencyLevel, { 'zh-CN': string; en: string }> = {
  immediate: { 'zh-CN': '特急', en: 'Immediate' },
  urgent: { 'zh-CN': '加急', en: 'Urgent' },
};

/** 份号: GB/T 9704 7.2.1 prints it as six Arabic digits ("000123"). */
export const CopyNumberSchema = z.string().regex(/^\d{6}$/, '6 digits');

/** ★保密期限 as written after the star: "1年", "6个月", "长期", "2 years". */
export const SecrecyTermSchema = z
  .string()
  .refine((term) => term.trim() !== '', 'must not be blank (leave the field out instead)')
  .refine((term) => term.length <= 20, 'at most 20 characters')
  .refine((term) => !term.includes('★'), 'without the ★ (it is printed between the level and the term)');

/**
 * One line of a list the user types (a 签发人 name, an attachment's title). A draft may hold a blank line the user
 * has added but not typed yet; blank lines are not printed.
 */
export const ListEntrySchema = z.string().refine((text) => !/[\r\n]/.test(text), 'one line, without line breaks');
