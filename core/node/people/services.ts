import type { HostServices } from '../../ipc/handlers.ts';
import { describeError } from '../../ipc/describeError.ts';
import type { PeopleStore } from './peopleStore.ts';

export function peopleServices(store: PeopleStore): Pick<HostServices, 'people:list' | 'people:replace'> {
  const failed = (error: unknown) => ({ ok: false as const, error: describeError(error) });
  return {
    'people:list': () => store.list().then((people) => ({ ok: true as const, people }), failed),
    'people:replace': ({ people }) => store.replace(people).then((saved) => ({ ok: true as const, people: saved }), failed),
  };
}
