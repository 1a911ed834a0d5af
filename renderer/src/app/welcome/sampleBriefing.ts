import type { TFunction } from 'i18next';
import {
  CURRENT_FORMAT_VERSION,
  richTextFromPlain,
  type Briefing,
  type BriefingDocument,
  type Language,
} from '../../../../core/model/index.ts';

/** A short briefing in the template's language, for the template cards' first-page thumbnails. */
export function sampleBriefing(templateId: string, language: Language, t: TFunction<'app'>, today: string): BriefingDocument {
  const person = (n: 1 | 2 | 3, group: 'delegation' | 'host', leader = false) => ({
    id: `p${n}`,
    name: t(`sample.person${n}`),
    title: t(`sample.person${n}Title`),
    group,
    leader,
  });
  const briefing: Briefing = {
    formatVersion: CURRENT_FORMAT_VERSION,
    meta: {
      title: t('sample.title'),
      issueNumber: '1',
      visitDate: today,
      location: t('sample.location'),
      organisationVisited: t('sample.organisation'),
      issuingOffice: t('sample.office'),
      author: t('sample.author'),
      language,
      templateId,
    },
    attendees: [person(1, 'delegation', true), person(2, 'delegation'), person(3, 'host')],
    sections: [
      { id: 'a', type: 'attendees' },
      {
        id: 's',
        type: 'sites',
        sites: [{ id: 's1', name: t('sample.site'), description: richTextFromPlain(t('sample.siteText')), photoIds: [] }],
      },
      { id: 't', type: 'text', heading: t('newBriefing.summary'), body: richTextFromPlain(t('sample.summaryText')) },
    ],
    media: [],
  };
  return { briefing, media: new Map() };
}
