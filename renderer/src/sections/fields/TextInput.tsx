import { Input } from 'antd';
import { useRef, useState, type ChangeEvent, type CompositionEvent } from 'react';

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
}

/**
 * A controlled antd Input that writes to the document store. While an IME composes (拼音 → 汉字), the typed
 * letters live only in the input; the store gets the composed text at compositionend. That keeps pinyin out of
 * the preview and the undo history, and a store-driven re-render can never reset the half-typed composition.
 */
export function TextInput({ value, onChange, ...rest }: TextInputProps) {
  const composing = useRef(false);
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
      value={draft ?? value ?? ''}
      onChange={handleChange}
      onCompositionStart={handleCompositionStart}
      onCompositionEnd={handleCompositionEnd}
    />
  );
}
