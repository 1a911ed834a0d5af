import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { InstalledFonts, listInstalledFonts } from '../core/node/fonts/installedFonts.ts';
import { parseFcList, parseRegFonts, parseSystemProfilerFonts } from '../core/node/fonts/parseFontLists.ts';

describe('installed fonts', () => {
  it('reads fc-list, reg query and system_profiler output', () => {
    expect(parseFcList('Noto Serif CJK SC,Noto Serif CJK SC SemiBold\nDejaVu Sans\n\nAR PL UMing CN,文鼎PL细上海宋\n')).toEqual(
      ['AR PL UMing CN', 'DejaVu Sans', 'Noto Serif CJK SC', 'Noto Serif CJK SC SemiBold', '文鼎PL细上海宋'].sort((a, b) => a.localeCompare(b)),
    );
    const reg = [
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Fonts',
      '    Arial (TrueType)    REG_SZ    arial.ttf',
      '    Arial Bold Italic (TrueType)    REG_SZ    arialbi.ttf',
      '    微软雅黑 & Microsoft YaHei UI (TrueType)    REG_SZ    msyh.ttc',
      '    仿宋 (TrueType)    REG_SZ    simfang.ttf',
      '',
    ].join('\r\n');
    expect(parseRegFonts(reg)).toEqual(['Arial', 'Microsoft YaHei UI', '仿宋', '微软雅黑'].sort((a, b) => a.localeCompare(b)));
    const mac = 'Fonts:\n\n    Songti.ttc:\n      Typefaces:\n        STSongti-SC-Regular:\n          Full Name: Songti SC Regular\n          Family: Songti SC\n          Style: Regular\n        Helvetica:\n          Family: Helvetica\n';
    expect(parseSystemProfilerFonts(mac)).toEqual(['Helvetica', 'Songti SC']);
  });

  it('asks the platform tool once per session and lists what this machine has', async () => {
    const calls: string[] = [];
    const fonts = new InstalledFonts('win32', async (file, args) => (calls.push(`${file} ${args.join(' ')}`), '    SimSun (TrueType)    REG_SZ    simsun.ttc\n'));
    expect(await fonts.list()).toEqual(['SimSun']);
    expect(await fonts.list()).toEqual(['SimSun']);
    expect(calls).toHaveLength(2); // HKLM and HKCU, once
    const here = await listInstalledFonts('linux');
    const expected = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' }).split('\n')[0]!.split(',')[0]!;
    expect(here).toContain(expected);
  });
});
