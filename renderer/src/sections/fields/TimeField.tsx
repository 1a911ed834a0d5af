import { TimePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import { TIME_FORMAT, fromTime, toTime } from './dates.ts';

export interface TimeFieldProps {
  /** HH:mm (24-hour), as the model stores times. */
  value: string | undefined;
  onChange(value: string | undefined): void;
  id?: string;
  'aria-label'?: string;
  'data-testid'?: string;
}

export function TimeField({ value, onChange, ...rest }: TimeFieldProps) {
  return (
    <TimePicker
      {...rest}
      value={fromTime(value) ?? null}
      onChange={(time: Dayjs | null) => onChange(time ? toTime(time) : undefined)}
      format={TIME_FORMAT}
      needConfirm={false}
      style={{ width: '100%' }}
    />
  );
}
