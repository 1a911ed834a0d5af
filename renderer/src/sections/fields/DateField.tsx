import { DatePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { dateFormats, fromIsoDate, toIsoDate } from './dates.ts';

export interface DateFieldProps {
  /** YYYY-MM-DD, as the model stores dates. */
  value: string | undefined;
  onChange(value: string | undefined): void;
  id?: string;
  'aria-label'?: string;
  /** A required date cannot be cleared (the visit date). */
  required?: boolean;
  'data-testid'?: string;
}

/** A date picker in the UI language's format that reads and writes ISO dates. */
export function DateField({ value, onChange, required = false, ...rest }: DateFieldProps) {
  const { i18n } = useTranslation('sections');
  const handleChange = (date: Dayjs | null) => {
    if (date) onChange(toIsoDate(date));
    else if (!required) onChange(undefined);
  };
  return (
    <DatePicker
      {...rest}
      value={fromIsoDate(value) ?? null}
      onChange={handleChange}
      format={dateFormats(i18n.language)}
      allowClear={!required}
      aria-required={required}
      style={{ width: '100%' }}
    />
  );
}
