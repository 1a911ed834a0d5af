import { CURRENT_FORMAT_VERSION, type Briefing, type Language } from '../../core/model/index.ts';
import { validBriefing } from '../fixtures/briefings.ts';

/**
 * A small complete briefing that checks clean: two attendees, one text section (sections[0]) whose first paragraph
 * (sections[0].body[0]) a corpus case replaces, one photos section with two photos and a distribution section.
 */
export function baseBriefing(language: Language): Briefing {
  const zh = language === 'zh-CN';
  return validBriefing({
    formatVersion: CURRENT_FORMAT_VERSION,
    meta: { title: zh ? '市调研组赴星河公司调研智能制造工作' : 'Visit to Xinghe Precision', visitDate: '2023-09-14', language, templateId: zh ? 'cn-work-briefing' : 'en-visit-report' },
    attendees: [
      { id: 'li', name: zh ? '李文华' : 'Li Wenhua', title: zh ? '市人大常委会副主任' : 'Deputy Director', group: 'delegation', leader: true },
      { id: 'wang', name: zh ? '王建国' : 'Wang Jianguo', title: zh ? '公司董事长' : 'Chairman', group: 'host' },
    ],
    sections: [
      { id: 'text', type: 'text', heading: zh ? '基本情况' : 'Overview', body: [{ type: 'paragraph', children: [{ text: zh ? '调研组察看了车间。' : 'The group saw the workshop.' }] }] },
      { id: 'photos', type: 'photos', photoIds: ['p1', 'p2'] },
      { id: 'dist', type: 'distribution', lines: [{ kind: 'send', recipients: zh ? '市政府办公室' : 'City Office' }], printDate: '2023-09-18' },
    ],
    media: [
      { id: 'p1', mimeType: 'image/png', width: 10, height: 10, caption: zh ? '调研组察看车间' : 'In the workshop' },
      { id: 'p2', mimeType: 'image/png', width: 10, height: 10, caption: zh ? '座谈会' : 'The meeting' },
    ],
  });
}
