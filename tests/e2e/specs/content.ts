/** What the full-flow spec writes into a new briefing, per template language. */
export interface FlowContent {
  /** The title: typed text plus IME compositions [pinyin, characters]. */
  title: { typed: string; ime: [string, string][] };
  /** Three spreadsheet rows (name, title, organisation, side); the second is then dragged above the first. */
  attendeeRows: string[][];
  site: { name: string; time: string; plainIme: [string, string]; boldIme: [string, string] };
  remark: { speaker: string; role: string; body: string };
  caption: string;
  summary: string;
  followUp: { action: string; owner: string };
  distribution?: string;
}

export const CONTENT: Record<'zh-CN' | 'en', FlowContent> = {
  'zh-CN': {
    title: { typed: '', ime: [['gaoxinqu', '高新区'], ['diaoyan', '调研'], ['baogao', '报告']] },
    attendeeRows: [
      ['张晓勤', '副主任', '市人大常委会', '调研组'],
      ['李伟', '处长', '市工信局', '调研组'],
      ['陈静', '总经理', '恒远智能装备公司', '接待方'],
    ],
    site: { name: '智能装配车间', time: '14:30', plainIme: ['canguan', '参观'], boldIme: ['zhongdian', '重点产线'] },
    remark: { speaker: '陈静', role: '主持人', body: '介绍了企业智能化改造的进展' },
    caption: '调研组在车间现场',
    summary: '调研组认为企业转型成效明显',
    followUp: { action: '协调解决企业用地需求', owner: '市发展改革委' },
    distribution: '市委办公室，市政府办公室',
  },
  en: {
    title: { typed: 'Trade visit to ', ime: [['guangxi', '广西']] },
    attendeeRows: [
      ['Zhang Xiaoqin', 'Deputy Director', 'Standing Committee', 'delegation'],
      ['Li Wei', 'Division Chief', 'Industry Office', 'delegation'],
      ['Chen Jing', 'General Manager', 'Hengyuan Equipment', 'host'],
    ],
    site: { name: 'Assembly workshop', time: '2:30 pm', plainIme: ['canguan', '参观'], boldIme: ['zhongdian', '重点产线'] },
    remark: { speaker: 'Chen Jing', role: 'Host', body: 'She described the automation programme.' },
    caption: 'The delegation in the workshop',
    summary: 'The visit showed clear progress.',
    followUp: { action: 'Resolve the land request', owner: 'Planning Office' },
  },
};

/** The texts an export must contain, in reading order. */
export function expectedOrder(content: FlowContent): string[] {
  const [first, second] = content.attendeeRows;
  const title = content.title.typed + content.title.ime.map(([, hanzi]) => hanzi).join('');
  return [
    title,
    second![0]!, // dragged above the first
    first![0]!,
    content.attendeeRows[2]![0]!,
    content.site.name,
    content.site.plainIme[1] + content.site.boldIme[1],
    content.remark.body,
    content.caption,
    content.summary,
    content.followUp.action,
    ...(content.distribution ? [content.distribution] : []),
  ];
}
