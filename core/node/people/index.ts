export { PeopleStore, newPersonId } from './peopleStore.ts';
export { peopleServices } from './services.ts';
