/**
 * Format 1 was the prototype's: the visit date lived at `meta.date`, attendees were `people` with a `side`
 * ("guest" for the visiting delegation), and a plain-text `summary` stood at the top level.
 * Format 2 renames those to the words the rest of the product uses and turns the summary into a text section.
 */
type Json = Record<string, unknown>;

const SIDE_TO_GROUP: Record<string, string> = {
  guest: 'delegation',
  host: 'host',
  escort: 'accompanying',
  other: 'other',
};

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function migrateV1ToV2(doc: Json): Json {
  const { version: _version, people, summary, meta, sections, ...rest } = doc;
  const oldMeta = isObject(meta) ? meta : {};
  const { date, ...metaRest } = oldMeta;
  const attendees = Array.isArray(people)
    ? people.map((person) => {
        if (!isObject(person)) return person;
        const { side, ...personRest } = person;
        return { ...personRest, group: typeof side === 'string' ? (SIDE_TO_GROUP[side] ?? side) : side };
      })
    : people;
  const newSections = Array.isArray(sections) ? [...sections] : [];
  if (typeof summary === 'string' && summary.trim() !== '') {
    const label = oldMeta.language === 'en' ? 'Summary' : '概要';
    newSections.unshift({
      id: 'summary',
      type: 'text',
      heading: label,
      body: summary.split(/\n+/).map((text) => ({ type: 'paragraph', children: [{ text }] })),
    });
  }
  return {
    ...rest,
    formatVersion: 2,
    meta: { ...metaRest, visitDate: date },
    attendees,
    sections: newSections,
  };
}
