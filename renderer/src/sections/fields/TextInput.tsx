import { Input } from 'antd';
import { useRef, useState, type ChangeEvent, type CompositionEvent } from 'react';
import { useFieldCheck } from './fieldChecks.ts';
import { useRequiredHint } from './requiredHints.tsx';

export interface TextInputProps {
  value: string | undefined;
  /** Called with committed text only: never with the pinyin of an unfinished IME composition. */
  onChange(value: string): void;
  'aria-label'?: string;
  id?: string;
  placeholder?: string;
  status?: 'error' | 'warning';
  'data-testid'?: string;
  'data-row'?: number;
  'data-column'?: number;
  'aria-invalid'?: boolean;
  'aria-required'?: boolean;
  onBlur?(): void;
}

/**
 * A controlled antd Input that writes to the document store. While an IME composes (拼音 → 汉字), the typed
 * letters live only in the input; the store gets the composed text at compositionend. That keeps pinyin out of
 * the preview and the undo history, and a store-driven re-render can never reset the half-typed composition.
 */
export function TextInput({ value, onChange, ...rest }: TextInputProps) {
  const composing = useRef(false);
  // The checker's worst finding on this field colours its outline (a hint only marks it, see app.css).
  const check = useFieldCheck(rest.id);
  const [draft, setDraft] = useState<string | undefined>(undefined);

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    if (composing.current) setDraft(event.target.value);
    else onChange(event.target.value);
  };
  const handleCompositionStart = (event: CompositionEvent<HTMLInputElement>) => {
    composing.current = true;
    setDraft(event.currentTarget.value);
  };
  const handleCompositionEnd = (event: CompositionEvent<HTMLInputElement>) => {
    composing.current = false;
    setDraft(undefined);
    // Chrome fires the last input event before compositionend, Firefox after it: the element holds the final text.
    const text = event.currentTarget.value;
    if (text !== (value ?? '')) onChange(text);
  };

  return (
    <Input
      {...rest}
      status={rest.status ?? (check === 'hint' ? undefined : check)}
      className={check ? `bc-check-field bc-check-field-${check}` : undefined}
      data-check={check}
      value={draft ?? value ?? ''}
      onChange={handleChange}
      onCompositionStart={handleCompositionStart}
      onCompositionEnd={handleCompositionEnd}
    />
  );
}

/**
 * A required text field (a name in a table row, an action, a recipients line): red only once the user has left
 * it blank or an export asked for it (useRequiredHint), not while a new row waits to be typed into.
 */
export function RequiredTextInput({ value, ...rest }: Omit<TextInputProps, 'status' | 'aria-required' | 'onBlur'>) {
  const hint = useRequiredHint((value ?? '').trim() === '');
  return <TextInput {...rest} value={value} status={hint.show ? 'error' : undefined} aria-required aria-invalid={hint.show} onBlur={hint.onBlur} />;
}
