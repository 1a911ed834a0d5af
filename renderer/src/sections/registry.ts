import { AttendeesEditor } from './attendees/AttendeesEditor.tsx';
import { DistributionEditor } from './distribution/DistributionEditor.tsx';
import { FollowUpsEditor } from './followUps/FollowUpsEditor.tsx';
import { PhotosEditor } from './photos/PhotosEditor.tsx';
import { RemarksEditor } from './remarks/RemarksEditor.tsx';
import { SitesEditor } from './sites/SitesEditor.tsx';
import { TextSectionEditor } from './text/TextSectionEditor.tsx';
import type { SectionEditorRegistry } from './types.ts';

/** One editor per section type; the app shows `SECTION_EDITORS[section.type]` for the selected section. */
export const SECTION_EDITORS: SectionEditorRegistry = {
  attendees: AttendeesEditor,
  sites: SitesEditor,
  remarks: RemarksEditor,
  photos: PhotosEditor,
  text: TextSectionEditor,
  followUps: FollowUpsEditor,
  distribution: DistributionEditor,
};
