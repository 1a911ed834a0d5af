import type { CheckOptions } from '../../core/check/index.ts';
import type { Briefing, Language } from '../../core/model/index.ts';

/** What a case expects: the rule, and the fix when the finding carries one (`null`: it must carry none). */
export interface Expected {
  rule: string;
  fix?: string | null;
  path?: string;
}

export interface CorpusCase {
  name: string;
  language: Language;
  /** Placed as the first paragraph of the text section (sections[0].body[0]). */
  text?: string;
  /** Or a change to the base briefing. */
  patch?: (b: Briefing) => void;
  /** What the editor passes besides the briefing (the series' numbers). */
  options?: CheckOptions;
  expect: Expected[];
}

const zh = (name: string, text: string, ...expect: Expected[]): CorpusCase => ({ name, language: 'zh-CN', text, expect });
const en = (name: string, text: string, ...expect: Expected[]): CorpusCase => ({ name, language: 'en', text, expect });
const zhPatch = (name: string, patch: (b: Briefing) => void, ...expect: Expected[]): CorpusCase => ({ name, language: 'zh-CN', patch, expect });
const enPatch = (name: string, patch: (b: Briefing) => void, ...expect: Expected[]): CorpusCase => ({ name, language: 'en', patch, expect });
const para = (text: string) => ({ type: 'paragraph' as const, children: [{ text }] });
const body = (b: Briefing, ...texts: string[]) => {
  const s = b.sections[0]!;
  if (s.type === 'text') s.body = texts.map(para);
};

export const CORPUS: CorpusCase[] = [
  // Clean Chinese: real official-writing sentences.
  zh('clean: opening sentence', '9月14日下午，市人大常委会调研组赴江州经济技术开发区开展专题调研。'),
  zh('clean: figures and percent', '2022年，公司实现营业收入28.6亿元，同比增长17.3%；上缴税金1.9亿元。'),
  zh('clean: quotation and brackets', '公司坚持“以技术换市场、以质量赢客户”，产品销往全国28个省（区、市）。'),
  zh('clean: title marks', '认真贯彻《中华人民共和国中小企业促进法》，落实好各项惠企政策。'),
  zh('clean: time of day', '会议于14:30开始，17:40结束。'),
  zh('clean: reduplications', '大家看看车间，常常听到“谢谢”，人人都有事做，家家户户都受益。'),
  zh('clean: 为了了解', '为了了解企业需求，调研组召开了座谈会，不了了之的事情一件也没有。'),
  zh('clean: 的的确确', '这项政策的的确确给企业带来了实惠。'),
  zh('clean: Latin words', '公司引入ERP系统和5G专网，A股上市工作稳步推进，X光检测设备已投入使用。'),
  zh('clean: proper ellipsis and dash', '企业反映了用地、融资、人才……等问题——这些问题亟待解决。'),
  zh('clean: headings in order', '一、基本情况'),
  zh('clean: decimal and ranges', '单位产值能耗下降21%，2023-2024年计划投资3.5亿元，执行GB/T 9704-2012标准。'),
  zh('clean: 百分点', '规模以上工业增加值同比增长7.8%，高于全省平均水平1.2个百分点。'),
  zh('clean: date form', '2023年9月18日印发。'),
  zh('clean: quoted English in Chinese', '他说"ERP"系统很好用。'),
  zh('clean: 23年 without month', '该企业已连续经营23年，近3年研发投入持续增长。'),
  zh('clean: 地图 is not a figure', '展厅里挂着一幅地图1张，标注了各生产基地。'),

  // Half-width punctuation in Chinese (GB/T 15834).
  zh('half-width comma', '调研组察看了车间,听取了汇报。', { rule: 'punct-halfwidth', fix: '，' }),
  zh('half-width comma with space', '调研组察看了车间, 听取了汇报。', { rule: 'punct-halfwidth', fix: '，' }),
  zh('half-width full stop at end', '调研组听取了汇报.', { rule: 'punct-halfwidth', fix: '。' }),
  zh('half-width semicolon and colon', '主要有:一是人才不足;二是用地紧张。', { rule: 'punct-halfwidth', fix: '：' }, { rule: 'punct-halfwidth', fix: '；' }),
  zh('half-width question and exclamation', '怎么办?必须抓紧!', { rule: 'punct-halfwidth', fix: '？' }, { rule: 'punct-halfwidth', fix: '！' }),
  zh('half-width brackets', '销往28个省(区、市)和30多个国家。', { rule: 'punct-halfwidth', fix: '（' }, { rule: 'punct-halfwidth', fix: '）' }),
  zh('half-width brackets around a number at the start', '(1)引进难。', { rule: 'punct-halfwidth', fix: '（' }, { rule: 'punct-halfwidth', fix: '）' }),
  zh('half-width brackets around an abbreviation', '国内生产总值(GDP)增长5%。', { rule: 'punct-halfwidth', fix: '（' }, { rule: 'punct-halfwidth', fix: '）' }),
  zh('half-width colon before time is judged, the time is not', '时间:14:30', { rule: 'punct-halfwidth', fix: '：' }),

  // Pairs.
  zh('unclosed quotation', '公司坚持“以技术换市场。', { rule: 'punct-unpaired', fix: null }),
  zh('unopened bracket', '产品销往全国28个省区、市）。', { rule: 'punct-unpaired', fix: null }),
  zh('crossed marks', '学习“《条例”》精神。', { rule: 'punct-unpaired', fix: null }),
  zh('unclosed title mark', '学习《条例精神。', { rule: 'punct-unpaired', fix: null }),
  zhPatch('clean: a quotation over two paragraphs', (b) => body(b, '“过去我们拼的是加班加点。', '“现在拼的是数据和技术。”')),
  zh('list marker 1） is not a bracket', '1）加强人才引育。'),
  zh('straight quotes around Chinese', '坚持"以技术换市场"的思路。', { rule: 'punct-straight-quote', fix: '“' }, { rule: 'punct-straight-quote', fix: '”' }),

  // Doubled punctuation, ellipsis, dash, spaces.
  zh('doubled full stop', '调研组听取了汇报。。', { rule: 'punct-doubled', fix: '。' }),
  zh('doubled comma', '调研组察看了车间，，听取了汇报。', { rule: 'punct-doubled', fix: '，' }),
  zh('comma then full stop', '调研组听取了汇报，。', { rule: 'punct-doubled', fix: '。' }),
  zh('three dots', '用地、融资、人才...等问题。', { rule: 'punct-ellipsis', fix: '……' }),
  zh('three full stops', '用地、融资、人才。。。等问题。', { rule: 'punct-ellipsis', fix: '……' }),
  zh('single ellipsis', '用地、融资…等问题。', { rule: 'punct-ellipsis', fix: '……' }),
  zh('clean: the connector between figures', '2023年1—8月，14:30—17:40，执行GB/T 9704—2012标准。'),
  zh('clean: real sentences with marks', '会议指出：要坚持“两个毫不动摇”，落实“六稳”“六保”任务。他说：“我们要抓好落实！”随后离开。'),
  zh('clean: enumerations', '一是强化组织领导；二是加强督促检查；三是严格考核问责。'),
  zh('clean: 了不起', '出口额增长了了不起的30%。'),
  zh('clean: a list continued from another section', '六、其他事项'),
  zh('clean: 的哥', '这是我们的的哥，很热情。'),
  zh('clean: figures, URL and Latin words', '全年完成投资1,234.5亿元，网址为www.jiangzhou.gov.cn，产品包括CNC机床、AGV小车。'),
  zh('a rank the list does not give', '李文华书记强调，要提高政治站位。', { rule: 'consistency-title', fix: null }),
  zh('half-width brackets around Chinese numbers', '主要做法：(一)加强领导。', { rule: 'punct-halfwidth', fix: '（' }, { rule: 'punct-halfwidth', fix: '）' }),
  zh('double hyphen as dash', '这些问题--亟待解决。', { rule: 'punct-dash', fix: '——' }),
  zh('lone em dash', '这些问题—亟待解决。', { rule: 'punct-dash', fix: '——' }),
  zh('space between characters', '调研组 察看了车间。', { rule: 'space-between-cjk', fix: '' }),
  zh('space after a full-width comma', '调研组察看了车间， 听取了汇报。', { rule: 'space-between-cjk', fix: '' }),
  zh('space before a Latin word is fine', '公司引入 ERP 系统。'),

  // Numbers (GB/T 15835).
  zh('full-width digits', '现有员工１８６０人。', { rule: 'num-fullwidth-digits', fix: '1860' }),
  zh('date with dots', '2023.9.18印发。', { rule: 'num-date-format', fix: '2023年9月18日' }),
  zh('date with slashes', '于2023/9/18召开。', { rule: 'num-date-format', fix: '2023年9月18日' }),
  zh('two-digit year', '23年9月召开座谈会。', { rule: 'num-date-format', fix: '2023年' }),
  zh('not a real date', '版本2023.2.30发布。'),
  zhPatch('percent both ways', (b) => body(b, '研发投入占比6.5%。', '出口订单占百分之三十一。', '合格率99.4%。'), { rule: 'num-percent-mixed', fix: null, path: 'sections[0].body[1]' }),

  // Official-writing conventions.
  zh('1、 is wrong', '1、加强人才引育。', { rule: 'heading-marker', fix: '1.' }),
  zh('（一）、 is wrong', '（一）、加强人才引育。', { rule: 'heading-marker', fix: '（一）' }),
  zh('一. is wrong', '一.加强人才引育。', { rule: 'heading-marker', fix: '一、' }),
  zhPatch('skipped level', (b) => body(b, '（一）人才支撑', '（1）引进难。'), { rule: 'heading-hierarchy', fix: null, path: 'sections[0].body[1]' }),
  zhPatch('a number skipped', (b) => body(b, '（一）人才支撑', '（三）用地保障'), { rule: 'heading-hierarchy', fix: null, path: 'sections[0].body[1]' }),
  zhPatch('1. straight under the section is tolerated', (b) => body(b, '1.引进难。', '2.留住难。')),
  zhPatch('（1） straight under the section skips two levels', (b) => body(b, '（1）引进难。'), { rule: 'heading-hierarchy', fix: null, path: 'sections[0].body[0]' }),
  zhPatch('levels in order', (b) => body(b, '（一）人才支撑', '1.引进难。', '2.留住难。', '（二）用地保障', '1.指标紧。')),
  zhPatch('title ends with a full stop', (b) => { b.meta.title = '市调研组赴星河公司调研。'; }, { rule: 'title-end-punctuation', fix: '', path: 'meta.title' }),
  zhPatch('title may end with a question mark', (b) => { b.meta.title = '制造业如何高质量发展？'; }),

  // Consistency.
  zh('title differs from the list', '李文华主任作了讲话。', { rule: 'consistency-title', fix: null }),
  zh('title agrees with the list', '李文华副主任作了讲话，王建国董事长介绍了情况。'),
  zhPatch('speaker not on the list', (b) => {
    b.sections.push({ id: 'r', type: 'remarks', remarks: [{ id: 'r1', speaker: { name: '张三' }, body: [para('欢迎调研组。')] }] });
  }, { rule: 'consistency-speaker', fix: null, path: 'sections[3].remarks[0].speaker.name' }),
  zhPatch('free-name speaker who is on the list', (b) => {
    b.sections.push({ id: 'r', type: 'remarks', remarks: [{ id: 'r1', speaker: { name: '王建国' }, body: [para('欢迎调研组。')] }] });
  }),
  zhPatch('leader not first', (b) => {
    b.attendees.push({ id: 'zhao', name: '赵明亮', group: 'delegation', leader: true });
  }, { rule: 'consistency-leader-first', path: 'attendees[2].leader' }),
  zh('figure that does not exist', '如图3所示，车间已全面投产。', { rule: 'consistency-figure', fix: null }),
  zh('figure that exists', '如图2所示，车间已全面投产。'),
  zhPatch('site with an empty description', (b) => {
    b.sections.push({ id: 's', type: 'sites', sites: [{ id: 's1', name: '展厅', description: [para('')], photoIds: [] }] });
  }, { rule: 'consistency-empty-body', path: 'sections[3].sites[0].description' }),
  zhPatch('remark with an empty body', (b) => {
    b.sections.push({ id: 'r', type: 'remarks', remarks: [{ id: 'r1', speaker: { attendeeId: 'wang' }, body: [] }] });
  }, { rule: 'consistency-empty-body', path: 'sections[3].remarks[0].body' }),
  zhPatch('printed before the visit', (b) => { b.meta.visitDate = '2023-09-20'; }, { rule: 'consistency-print-date', path: 'sections[2].printDate' }),
  {
    name: '期号 skips one in its series',
    language: 'zh-CN',
    patch: (b) => Object.assign(b.meta, { issueNumber: '14', seriesId: 'jz' }),
    options: { series: { id: 'jz', name: '工作简报', numbers: [{ year: 2023, issue: 12, total: 148, supplement: false }] } },
    expect: [{ rule: 'series-issue-gap', path: 'meta.issueNumber' }],
  },
  zhPatch('blank title', (b) => { b.meta.title = ''; }, { rule: 'required-field', path: 'meta.title' }),

  // Typing slips.
  zh('的的', '这是企业发展的的关键。', { rule: 'typo-doubled-char', fix: '' }),
  zh('了了', '调研组察看了了车间。', { rule: 'typo-doubled-char', fix: '' }),
  zh('clean: words that put two 与/了/和/被 side by side', '是否参与与否由企业决定，企业受不了了就会反映，要兼顾发展和和平，维护被被告人的合法权益。'),
  zhPatch('clean: two titles set apart by a space', (b) => { b.attendees[0]!.title = '市人大常委会副主任 党组副书记'; }),
  zh('stray Latin letter', '调研z组察看了车间。', { rule: 'typo-latin-in-chinese', fix: '' }),
  zh('zero-width space', '调研组\u200b察看了车间。', { rule: 'typo-invisible-char', fix: '' }),
  zh('soft hyphen and BOM', '\ufeff调研组察看了车间\u00ad。', { rule: 'typo-invisible-char', fix: '' }, { rule: 'typo-invisible-char', fix: '' }),
  zh('control character', '调研组察看了车间\u0007。', { rule: 'typo-invisible-char', fix: '' }),

  // English text: Chinese rules stay silent, English ones speak.
  en('clean: English sentence', 'On the afternoon of 9 June 2022 the group visited the plant, saw the line (built in 2021) and asked: how is ore secured?'),
  en('clean: English ellipsis and dashes', 'The group asked about land... and finance -- the usual questions — and left.'),
  en('clean: quotes in English', 'The company calls it the "dual-carbon" target.'),
  en('clean: percent and figures', 'Output rose 17.3% to 2.86 billion yuan; 1,860 staff work there.'),
  en('clean: that that', 'They said that that plan worked.'),
  en('English title differs from the list', 'Li Wenhua, Director of the Standing Committee, led the group.', { rule: 'consistency-title', fix: null }),
  en('clean: English title as listed', 'Li Wenhua, Deputy Director of the Standing Committee, led the group; Wang Jianguo, Chairman, received it.'),
  en('clean: a name followed by other words', 'Li Wenhua, who led the group, thanked the hosts.'),
  en('doubled word', 'The group visited the the plant.', { rule: 'typo-doubled-word', fix: '' }),
  en('date with slashes in English', 'The meeting was held on 2022/6/9.', { rule: 'num-date-format', fix: '9 June 2022' }),
  en('figure that does not exist', 'See Figure 4 for the line.', { rule: 'consistency-figure', fix: null }),
  en('invisible character in English', 'The group\u200b visited the plant.', { rule: 'typo-invisible-char', fix: '' }),
  en('full-width digits in English', 'Staff: １８６０.', { rule: 'num-fullwidth-digits', fix: '1860' }),
  enPatch('English title ending with a full stop', (b) => { b.meta.title = 'Visit to the plant.'; }, { rule: 'title-end-punctuation', fix: '', path: 'meta.title' }),
  enPatch('English title ending with Co.', (b) => { b.meta.title = 'Visit to Guangzhou Aluminium Co.'; }),
  en('Chinese name in an English sentence', 'Zhang Xiaoqin (张小琴) led the group.'),
  // Ranges written more than one way (GB/T 15835-2011 数值范围: "～" or "—"; GB/T 15834-2011 §4.13 connectors).
  zh('ranges mixed: ～ and a hyphen', '企业用工200～300人，新增岗位50-80个。', { rule: 'num-range-mixed', fix: '～' }),
  zh('ranges mixed: 至 and ～', '项目工期3至5个月，每批检测10～20件。', { rule: 'num-range-mixed', fix: '～' }),
  zh('ranges mixed: — and ～, the standard form used more wins', '用工200～300人，岗位50～80个，工位30—40个。', { rule: 'num-range-mixed', fix: '～' }),
  zh('year spans mixed: — and a hyphen', '2023—2025年为建设期，2026-2028年为运营期。', { rule: 'num-range-mixed', fix: '—' }),
  zh('year spans mixed, none standard: the one-em dash is the fix', '2023-2025年为建设期，2026至2028年为运营期。', { rule: 'num-range-mixed', fix: '—' }, { rule: 'num-range-mixed', fix: '—' }),
  zh('clean: ranges in one form', '企业用工200～300人，新增岗位50～80个，2023—2025年完成。'),
  zh('clean: year spans and value ranges each in their own form', '2023—2025年，企业用工200～300人。'),
  zh('clean: hyphens in a date, a phone number, a standard and a time are not ranges', '2023-09-18印发，电话0771-2345678，执行GB/T 9704-2012标准，会议14:30-17:40，岗位50～80个。'),

  // An attendee's organisation in the text (matched by name) against the list.
  zhPatch('organisation differs from the list', (b) => {
    b.attendees[1]!.organisation = '星河精密制造有限公司';
    body(b, '江州市商务局王建国介绍了情况。');
  }, { rule: 'consistency-organisation', fix: null }),
  zhPatch('clean: the organisation shortened, its characters in order', (b) => {
    b.attendees[1]!.organisation = '江州市发展和改革委员会';
    body(b, '江州市发改委王建国介绍了情况。');
  }),
  zhPatch('clean: the organisation in full, and a name after a verb', (b) => {
    b.attendees[1]!.organisation = '星河精密制造有限公司';
    body(b, '星河精密制造有限公司王建国董事长介绍了情况，调研组听取了王建国的汇报。');
  }),
];
