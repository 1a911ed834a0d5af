import { LinkOutlined } from '@ant-design/icons';
import { AutoComplete, Flex, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Attendee, Speaker } from '../../../../core/model/index.ts';

interface SpeakerOption {
  value: string;
  label: string;
  attendeeId: string;
}

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
  const linked = 'attendeeId' in speaker ? attendees.find((a) => a.id === speaker.attendeeId) : undefined;
  const shown = 'name' in speaker ? speaker.name : (linked?.name ?? '');
  const options: SpeakerOption[] = attendees.map((a) => ({
    value: a.id,
    attendeeId: a.id,
    label: [a.name || '?', a.title, a.organisation].filter(Boolean).join(' · '),
  }));
  return (
    <Flex align="center" gap={6}>
      <AutoComplete<string, SpeakerOption>
        id={id}
        value={shown}
        options={options}
        filterOption={(input, option) => (option?.label ?? '').toLowerCase().includes(input.toLowerCase())}
        // A picked option carries its attendee id; anything typed is a free name.
        onChange={(value: string, option?: SpeakerOption | SpeakerOption[]) => {
          if (option && !Array.isArray(option) && option.attendeeId) onChange({ attendeeId: option.attendeeId });
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
