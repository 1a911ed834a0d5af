/**
 * Chinese type sizes (字号) and their points, as Word and WPS list them. Offices give sizes this way ("正文三号仿宋"),
 * so the designer offers them beside plain points.
 */
export const CHINESE_SIZES = [
  { zh: '初号', en: 'Chuhao', pt: 42 },
  { zh: '小初', en: 'Xiaochu', pt: 36 },
  { zh: '一号', en: 'Yihao', pt: 26 },
  { zh: '小一', en: 'Xiaoyi', pt: 24 },
  { zh: '二号', en: 'Erhao', pt: 22 },
  { zh: '小二', en: 'Xiao\u2019er', pt: 18 },
  { zh: '三号', en: 'Sanhao', pt: 16 },
  { zh: '小三', en: 'Xiaosan', pt: 15 },
  { zh: '四号', en: 'Sihao', pt: 14 },
  { zh: '小四', en: 'Xiaosi', pt: 12 },
  { zh: '五号', en: 'Wuhao', pt: 10.5 },
  { zh: '小五', en: 'Xiaowu', pt: 9 },
] as const;

export type ChineseSize = (typeof CHINESE_SIZES)[number];

/** The 字号 of exactly this many points, if there is one. */
export function chineseSizeOf(pt: number): ChineseSize | undefined {
  return CHINESE_SIZES.find((size) => Math.abs(size.pt - pt) < 0.01);
}
