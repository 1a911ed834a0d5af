import { z } from 'zod';
import { BriefingSchema, type BriefingDocument } from '../model/index.ts';

/**
 * A briefing as it crosses the process boundary: the model plus its image bytes by media id. Structured clone
 * carries Uint8Array as is, so nothing is base64-encoded on the way.
 */
export const WireDocumentSchema = z.object({
  briefing: BriefingSchema,
  media: z.record(z.string(), z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected image bytes')),
});
export type WireDocument = z.infer<typeof WireDocumentSchema>;

export function toWire(doc: BriefingDocument): WireDocument {
  return { briefing: doc.briefing, media: Object.fromEntries(doc.media) };
}

export function fromWire(wire: WireDocument): BriefingDocument {
  return { briefing: wire.briefing, media: new Map(Object.entries(wire.media)) };
}

/** Every answer is a value: success with data, a refusal with a message a person can act on, or a cancelled dialog. */
export type Outcome<T> = ({ ok: true } & T) | { ok: false; error: string } | { ok: false; canceled: true };
