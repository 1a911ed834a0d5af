import { freshCounter, SERIES_FORMAT_VERSION, type Series } from '../../core/series/index.ts';

export function sampleSeries(overrides: Partial<Series> = {}): Series {
  return {
    formatVersion: SERIES_FORMAT_VERSION,
    id: 'jz-work',
    name: '江州市人大常委会 工作简报',
    templateId: 'cn-work-briefing',
    issuingOffice: '江州市人大常委会办公厅',
    recipients: [
      { kind: 'report', recipients: '省人大常委会办公厅' },
      { kind: 'send', recipients: '市委办公室，市政府办公室' },
    ],
    copies: 40,
    printedBy: '江州市人大常委会办公厅秘书处',
    standingAttendees: [{ name: '王建国', title: '主任', organisation: '江州市人大常委会', group: 'host', leader: true }],
    counter: { ...freshCounter(new Date('2026-03-01T12:00:00')), issue: 11, total: 147 },
    revision: 0,
    ...overrides,
  };
}
