/**
 * Format 2 held 密级 and 紧急程度 as free text (`meta.classification`, `meta.urgency`). Format 3 stores them as fixed
 * choices (`secrecyLevel` with `secrecyTerm`, `urgencyLevel`) and adds the other 公文 elements as optional fields.
 * Text this step can read moves to the new fields; text it cannot read stays where it was, word for word, and
 * `briefing validate` warns about it (gongwenWarnings). Nothing the user typed is lost.
 */
import { parseSecrecyText, parseUrgencyText } from './gongwenText.ts';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function migrateMeta(meta: Json): Json {
  const { classification, urgency, ...rest } = meta;
  const out: Json = { ...rest };
  if (typeof classification === 'string' && classification.trim() !== '') {
    const secrecy = parseSecrecyText(classification);
    if (secrecy) {
      out.secrecyLevel = secrecy.level;
      if (secrecy.term !== undefined) out.secrecyTerm = secrecy.term;
    } else {
      out.classification = classification;
    }
  } else if (classification !== undefined && typeof classification !== 'string') {
    // Not ours to fix: the schema reports it at its path.
    out.classification = classification;
  }
  if (typeof urgency === 'string' && urgency.trim() !== '') {
    const level = parseUrgencyText(urgency);
    if (level) out.urgencyLevel = level;
    else out.urgency = urgency;
  } else if (urgency !== undefined && typeof urgency !== 'string') {
    out.urgency = urgency;
  }
  return out;
}

export function migrateV2ToV3(doc: Json): Json {
  const { meta } = doc;
  return { ...doc, formatVersion: 3, ...(isObject(meta) ? { meta: migrateMeta(meta) } : {}) };
}
