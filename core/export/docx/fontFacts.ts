/**
 * What Word needs to know about a face it may not have: the classification it substitutes by. Panose numbers and
 * families are those Word itself writes for these faces; charset 86 is GB2312 (ANSI_CHARSET 0 for Latin faces).
 * `windows`: shipped with Windows 10/11, so a document naming it looks the same on any Windows PC. Of the CJK
 * faces, FangSong, KaiTi, SimHei and SimSun are; 仿宋_GB2312 and 楷体_GB2312 (Windows XP era) are not.
 */
export interface FontFacts {
  panose?: string;
  charset: '00' | '86';
  family: 'roman' | 'swiss' | 'modern' | 'auto';
  pitch: 'variable' | 'fixed';
  windows: boolean;
}

const CJK_FIXED = { charset: '86', family: 'modern', pitch: 'fixed' } as const;

export const FONT_FACTS: Readonly<Record<string, FontFacts>> = {
  FangSong: { ...CJK_FIXED, panose: '02010609060101010101', windows: true },
  KaiTi: { ...CJK_FIXED, panose: '02010609060101010101', windows: true },
  SimHei: { ...CJK_FIXED, panose: '02010609060101010101', windows: true },
  SimSun: { charset: '86', family: 'auto', pitch: 'variable', panose: '02010600030101010101', windows: true },
  'Microsoft YaHei': { charset: '86', family: 'swiss', pitch: 'variable', panose: '020B0503020204020204', windows: true },
  仿宋_GB2312: { ...CJK_FIXED, panose: '02010609030101010101', windows: false },
  楷体_GB2312: { ...CJK_FIXED, panose: '02010609030101010101', windows: false },
  仿宋: { ...CJK_FIXED, panose: '02010609060101010101', windows: false },
  楷体: { ...CJK_FIXED, panose: '02010609060101010101', windows: false },
  黑体: { ...CJK_FIXED, panose: '02010609060101010101', windows: false },
  宋体: { charset: '86', family: 'auto', pitch: 'variable', panose: '02010600030101010101', windows: false },
  微软雅黑: { charset: '86', family: 'swiss', pitch: 'variable', panose: '020B0503020204020204', windows: false },
  方正小标宋简体: { charset: '86', family: 'auto', pitch: 'variable', windows: false },
  'Times New Roman': { charset: '00', family: 'roman', pitch: 'variable', panose: '02020603050405020304', windows: true },
  Calibri: { charset: '00', family: 'swiss', pitch: 'variable', panose: '020F0502020204030204', windows: true },
  Arial: { charset: '00', family: 'swiss', pitch: 'variable', panose: '020B0604020202020204', windows: true },
};

/** The face a DOCX names for a fallback list: the first that every Windows 10/11 PC has, else the list's first. */
export function docxFace(list: readonly string[]): string {
  return list.find((name) => FONT_FACTS[name]?.windows) ?? list[0] ?? '';
}

/**
 * The alternative Word may use when the named face is missing: the template's own first choice when the list's
 * first is not on Windows (仿宋_GB2312 for FangSong, 方正小标宋简体 for SimSun), else the next face of the list.
 */
export function docxAltFace(list: readonly string[]): string | undefined {
  const face = docxFace(list);
  const at = list.indexOf(face);
  const alt = at > 0 ? list[0] : list[at + 1];
  return alt && alt !== face ? alt : undefined;
}
