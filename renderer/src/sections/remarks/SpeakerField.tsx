import { LinkOutlined } from '@ant-design/icons';
import { AutoComplete, Flex, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Attendee, Speaker } from '../../../../core/model/index.ts';
import { findPeople, personKey } from '../../../../core/people/index.ts';
import { usePeopleDirectory } from '../../app/people/peopleContext.ts';
import { personLabel } from '../attendees/PersonNameInput.tsx';

interface SpeakerOption {
  value: string;
  label: string;
  /** An attendee of this briefing: the remark links to them. */
  attendeeId?: string;
  /** Someone from the people directory who is not on the list: their name is written as a free name. */
  personName?: string;
}
/** The directory's people are listed under their own heading, after the attendees. */
interface SpeakerGroup {
  label: string;
  options: SpeakerOption[];
}
type SpeakerEntry = SpeakerOption | SpeakerGroup;
const isOption = (entry: SpeakerEntry | SpeakerEntry[] | undefined): entry is SpeakerOption => !!entry && !Array.isArray(entry) && !('options' in entry);

export interface SpeakerFieldProps {
  id: string;
  speaker: Speaker;
  attendees: readonly Attendee[];
  onChange(speaker: Speaker): void;
}

/**
 * Who spoke: pick someone from the attendee list (the remark then follows their name if it is corrected later), or
 * type a name for someone not on it.
 */
export function SpeakerField({ id, speaker, attendees, onChange }: SpeakerFieldProps) {
  const { t } = useTranslation('sections');
  const { t: tSeries } = useTranslation('series');
  const directory = usePeopleDirectory();
  const linked = 'attendeeId' in speaker ? attendees.find((a) => a.id === speaker.attendeeId) : undefined;
  const shown = 'name' in speaker ? speaker.name : (linked?.name ?? '');
  const listed: SpeakerOption[] = attendees.map((a) => ({
    value: a.id,
    attendeeId: a.id,
    label: [a.name || '?', a.title, a.organisation].filter(Boolean).join(' · '),
  }));
  // The directory adds the people typed so far who are not attendees (matched by name and organisation).
  const onList = new Set(attendees.map((a) => personKey(a)));
  const known = findPeople(directory.people, shown, 8)
    .filter((p) => !onList.has(personKey(p)))
    .map((p): SpeakerOption => ({ value: `person:${p.id}`, personName: p.name, label: personLabel(p) }));
  const options: SpeakerEntry[] =
    known.length === 0
      ? listed
      : [
          { label: tSeries('speakerAttendees'), options: listed },
          { label: tSeries('speakerDirectory'), options: known },
        ];
  return (
    <Flex align="center" gap={6}>
      <AutoComplete<string, SpeakerEntry>
        id={id}
        value={shown}
        options={options}
        filterOption={(input, option) => !isOption(option) || !!option.personName || option.label.toLowerCase().includes(input.toLowerCase())}
        onFocus={directory.refresh}
        // A picked option carries its attendee id (or a directory name); anything typed is a free name.
        onChange={(value: string, option?: SpeakerEntry | SpeakerEntry[]) => {
          if (isOption(option) && option.attendeeId) onChange({ attendeeId: option.attendeeId });
          else if (isOption(option) && option.personName) onChange({ name: option.personName });
          else onChange({ name: value ?? '' });
        }}
        status={shown.trim() === '' ? 'error' : undefined}
        style={{ flex: 1 }}
        data-testid="remark-speaker"
      />
      {linked && (
        <Tooltip title={t('speakerLinked')}>
          <LinkOutlined aria-label={t('speakerLinked')} data-testid="remark-speaker-linked" />
        </Tooltip>
      )}
    </Flex>
  );
}
