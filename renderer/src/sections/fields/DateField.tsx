import { DatePicker, type GetRef } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fromIsoDate, toIsoDate } from './dates.ts';
import { displayFormat, parseTypedDate } from './typedDate.ts';

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

type Typed = { text: string; date: string | undefined };

/**
 * A date picker in the UI language's format that reads and writes ISO dates.
 *
 * Typed text is read whole, when the user is done with it (Enter, or leaving the field), by parseTypedDate, and
 * never on the way: the picker parses the text on every keystroke against each of its formats, and a format with
 * one-digit fields takes a prefix ("2026/11/2" on the way to "2026/11/25"), rewrites the text to it mid-typing,
 * and the date saved is not the one typed. So the picker gets only the display format, whose texts end in 日 or a
 * four-digit year and so are never a prefix of another date, and every other form is read here. Text that is not
 * a date is refused where the user is looking (the field turns red and says what it could not read); the date
 * stays as it was.
 */
export function DateField({ value, onChange, required = false, id, ...rest }: DateFieldProps) {
  const { t, i18n } = useTranslation('sections');
  const format = displayFormat(i18n.language);
  const [refused, setRefused] = useState<string>();
  // Remounted to show the date in its own format again when the typed text named the date already held.
  const [generation, setGeneration] = useState(0);
  const refocus = useRef(false);
  const input = useRef<GetRef<typeof DatePicker>>(null);
  const ownId = useId();
  const problemId = `${id ?? ownId}-invalid`;

  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    input.current?.focus();
  }, [generation]);

  const commit = ({ text, date }: Typed, keepFocus: boolean) => {
    // The display format itself: the picker has taken it already.
    if (dayjs(text, format, true).isValid()) return setRefused(undefined);
    if (text.trim() === '') {
      setRefused(undefined);
      if (!required) onChange(undefined);
      else if (value) redraw(keepFocus);
      return;
    }
    if (!date) {
      setRefused(text);
      return;
    }
    setRefused(undefined);
    if (date !== value) onChange(date);
    else if (text !== fromIsoDate(date)?.format(format)) redraw(keepFocus);
  };
  const redraw = (keepFocus: boolean) => {
    refocus.current = keepFocus;
    setGeneration((g) => g + 1);
  };
  const typed = (target: EventTarget): Typed | undefined => {
    if (!(target instanceof HTMLInputElement)) return undefined;
    return { text: target.value, date: parseTypedDate(target.value, i18n.language) };
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Enter') return;
    const text = typed(event.target);
    if (text) commit(text, true);
  };
  const onBlur = (event: FocusEvent<HTMLElement>) => {
    const text = typed(event.target);
    if (text) commit(text, false);
  };
  // Picked in the calendar (or cleared with the clear button): a whole date, taken as it is.
  const onPick = (date: Dayjs | null) => {
    setRefused(undefined);
    if (date) onChange(toIsoDate(date));
    else if (!required) onChange(undefined);
  };

  return (
    <>
      <DatePicker
        {...rest}
        key={generation}
        id={id}
        ref={input}
        value={fromIsoDate(value) ?? null}
        onChange={onPick}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
        format={format}
        preserveInvalidOnBlur
        status={refused !== undefined ? 'error' : undefined}
        aria-invalid={refused !== undefined}
        aria-describedby={refused !== undefined ? problemId : undefined}
        allowClear={!required}
        aria-required={required}
        style={{ width: '100%' }}
      />
      {refused !== undefined && (
        <div id={problemId} data-testid={problemId} role="alert" className="bc-field-problem">
          {t('dateNotRead', { text: refused, example: fromIsoDate('2026-11-25')?.format(format) })}
        </div>
      )}
    </>
  );
}
