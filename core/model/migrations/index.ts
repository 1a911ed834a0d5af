import type { Problem, Result } from '../problems.ts';
import { CURRENT_FORMAT_VERSION } from '../briefing.ts';
import { migrateV1ToV2 } from './v1-to-v2.ts';
import { migrateV2ToV3 } from './v2-to-v3.ts';

type Json = Record<string, unknown>;

/** Each step takes a document of format `from` to format `from + 1`. */
const STEPS: Record<number, (doc: Json) => Json> = {
  1: migrateV1ToV2,
  2: migrateV2ToV3,
};

/** Format 1 called the field `version`; every later format calls it `formatVersion`. */
export function formatVersionOf(doc: Json): unknown {
  return doc.formatVersion ?? doc.version;
}

/**
 * Brings a document of any earlier format up to the current one, step by step.
 * A document from a future format is refused: guessing at it could silently drop what the user wrote.
 */
export function migrateToCurrent(raw: unknown): Result<Json> {
  const fail = (problem: Problem): Result<Json> => ({ ok: false, problems: [problem] });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail({ path: '(document)', message: 'expected a JSON object (a briefing)' });
  }
  let doc = raw as Json;
  const version = formatVersionOf(doc);
  if (version === undefined) return fail({ path: 'formatVersion', message: 'required' });
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail({ path: 'formatVersion', message: `expected a whole number, got ${JSON.stringify(version)}` });
  }
  if (version > CURRENT_FORMAT_VERSION) {
    return fail({
      path: 'formatVersion',
      message:
        `this briefing was written in format ${version} by a newer Briefing Composer; ` +
        `this version reads formats up to ${CURRENT_FORMAT_VERSION}. Update the application to open it.`,
    });
  }
  for (let from = version; from < CURRENT_FORMAT_VERSION; from++) {
    const step = STEPS[from];
    if (!step) return fail({ path: 'formatVersion', message: `no migration from format ${from}` });
    doc = step(doc);
  }
  return { ok: true, value: doc };
}
