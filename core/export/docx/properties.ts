import type { IPropertiesOptions } from 'docx';
import type { LayoutPlan } from '../plan/index.ts';

type DocumentProperties = Pick<IPropertiesOptions, 'title' | 'subject' | 'creator' | 'lastModifiedBy' | 'description'>;

/** Title, subject and author as Word's File › Info shows them. */
export function documentProperties(plan: LayoutPlan): DocumentProperties {
  const { title, author, subject } = plan.properties;
  return {
    title,
    subject,
    ...(author ? { creator: author, lastModifiedBy: author } : { creator: '', lastModifiedBy: '' }),
  };
}

/** docx's options have no language; it goes into docProps/core.xml as dc:language (the tag is ours, not user text). */
export function withLanguage(coreXml: string, languageTag: string): string {
  if (coreXml.includes('<dc:language>')) return coreXml;
  return coreXml.replace('</cp:coreProperties>', `<dc:language>${languageTag}</dc:language></cp:coreProperties>`);
}
