import { useMemo } from 'react';
import { newId, type Attendee, type AttendeeGroup } from '../../../../core/model/index.ts';
import { sortGroup, type Person, type ProtocolOrder } from '../../../../core/people/index.ts';
import { useServices } from '../../state/context.tsx';
import { move } from '../../state/edit.ts';
import { useDeletion } from '../fields/useDeletion.tsx';
import { withOptional } from '../fields/useSectionUpdate.ts';
import { emptyAttendee, pasteAttendeeRows, type AttendeeColumn, type PasteTarget } from '../model/attendeeRows.ts';
import { removeAttendee, updateAttendee } from '../model/attendees.ts';

/** The row takes the person's name, title and organisation (blank ones cleared) and their side if known. */
function personToAttendee(a: Attendee, person: Person): Attendee {
  const { title: _t, organisation: _o, ...rest } = a;
  return {
    ...rest,
    name: person.name,
    ...(person.title ? { title: person.title } : {}),
    ...(person.organisation ? { organisation: person.organisation } : {}),
    group: person.group ?? a.group,
  };
}

function setColumn(a: Attendee, column: AttendeeColumn, value: string | boolean): Attendee {
  if (column === 'leader') return { ...a, leader: value === true };
  if (column === 'group') return { ...a, group: value as AttendeeGroup };
  if (column === 'name') return { ...a, name: String(value) };
  return withOptional(a, column, String(value));
}

/** Every edit of the attendee list, written through the store (typing in one cell undoes as one step). */
export function useAttendeeActions() {
  const { store } = useServices();
  const deletion = useDeletion();
  return useMemo(
    () => ({
      change(id: string, column: AttendeeColumn, value: string | boolean) {
        store.update((b) => updateAttendee(b, id, (a) => setColumn(a, column, value)), `attendees.${id}.${column}`);
      },
      pick(id: string, person: Person) {
        store.update((b) => updateAttendee(b, id, (a) => personToAttendee(a, person)));
      },
      /** Reorders one side by surname strokes or pinyin: one edit, so one undo. */
      sort(group: AttendeeGroup, order: ProtocolOrder) {
        store.update((b) => ({ ...b, attendees: sortGroup(b.attendees, group, order) }));
      },
      remove(id: string) {
        deletion(() => store.update((b) => removeAttendee(b, id)));
      },
      /** Adds an empty row and returns its id (to focus its name cell). */
      add(): string {
        const attendee = emptyAttendee(newId('a'));
        store.update((b) => ({ ...b, attendees: [...b.attendees, attendee] }));
        return attendee.id;
      },
      move(from: number, to: number) {
        store.update((b) => ({ ...b, attendees: move(b.attendees, from, to) }));
      },
      paste(rows: string[][], target: PasteTarget) {
        store.update((b) => ({ ...b, attendees: pasteAttendeeRows(b.attendees, rows, target, () => newId('a')) }));
      },
    }),
    [store, deletion],
  );
}
