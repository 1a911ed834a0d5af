/**
 * The font families each platform's own tool lists, parsed from its text output. Pure, so each format is tested
 * with real output samples on any machine.
 */

const tidy = (names: Iterable<string>) => [...new Set([...names].map((n) => n.trim()).filter((n) => n !== '' && !n.startsWith('.')))].sort((a, b) => a.localeCompare(b));

/** `fc-list : family`: one font a line, its family names (localized ones too) separated by commas. */
export function parseFcList(output: string): string[] {
  return tidy(output.split(/\r?\n/).flatMap((line) => line.split(',')).map((name) => name.replace(/\\-/g, '-')));
}

/**
 * `reg query "HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Fonts"`: `    微软雅黑 & Microsoft YaHei UI (TrueType)    REG_SZ    msyh.ttc`.
 * The value name holds the family names joined by " & " and the kind in brackets.
 */
export function parseRegFonts(output: string): string[] {
  const names: string[] = [];
  for (const line of output.split(/\r?\n/)) {
    const match = /^\s+(.+?)\s{2,}REG_(?:SZ|EXPAND_SZ)\s/.exec(line);
    if (!match?.[1]) continue;
    const withoutKind = match[1].replace(/\s*\((?:TrueType|OpenType|Type 1|VGA res|All res)[^)]*\)\s*$/i, '');
    // "Arial Bold Italic" is a face of Arial: the family is what Word lists, so drop the style words.
    for (const part of withoutKind.split(' & ')) names.push(part.replace(/\s+(?:Bold|Italic|Light|Semibold|SemiBold|Regular|Black|Oblique)(?:\s+(?:Bold|Italic|Oblique))?$/i, ''));
  }
  return tidy(names);
}

/** `system_profiler SPFontsDataType`: each typeface has a `Family: Helvetica Neue` line. */
export function parseSystemProfilerFonts(output: string): string[] {
  return tidy(output.split(/\r?\n/).flatMap((line) => /^\s*Family:\s*(.+)$/.exec(line)?.[1] ?? []));
}
