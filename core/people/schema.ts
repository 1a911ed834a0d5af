import { z } from 'zod';
import { AttendeeGroupSchema } from '../model/index.ts';

const text = z.string().max(200);

/** Someone who appeared as an attendee once: offered again when their name is typed. */
export const PersonSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
  name: z.string().trim().min(1, 'required').max(200),
  title: text.optional(),
  organisation: text.optional(),
  group: AttendeeGroupSchema.optional(),
  /** When they last appeared in a saved or exported briefing (ISO); absent for people typed into the directory. */
  lastSeen: z.string().max(40).optional(),
});
export type Person = z.infer<typeof PersonSchema>;

export const PEOPLE_FORMAT_VERSION = 1;
/** Enough for every official an office ever meets; a larger file is a mistake, not a directory. */
export const MAX_PEOPLE = 20_000;

export const PeopleFileSchema = z.object({
  formatVersion: z.literal(PEOPLE_FORMAT_VERSION),
  people: z.array(PersonSchema).max(MAX_PEOPLE),
});
export type PeopleFile = z.infer<typeof PeopleFileSchema>;

/** Two entries are one person when name and organisation match (spaces and case aside): 王芳 of two bureaus are two people. */
export function personKey(person: { name: string; organisation?: string | undefined }): string {
  const norm = (s: string | undefined) => (s ?? '').normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  return `${norm(person.name)}\u0000${norm(person.organisation)}`;
}
