import { useRef, useState, type ChangeEvent, type CompositionEvent } from 'react';

/**
 * A controlled input's props that hand the value on only when it is committed: while an IME composes (拼音 →
 * 汉字) the letters stay in the input, so the search never runs on half-typed pinyin.
 */
export function useImeSafeValue(value: string, onChange: (value: string) => void) {
  const composing = useRef(false);
  const [draft, setDraft] = useState<string>();
  return {
    inputProps: {
      value: draft ?? value,
      onChange: (event: ChangeEvent<HTMLInputElement>) => {
        if (composing.current) setDraft(event.target.value);
        else onChange(event.target.value);
      },
      onCompositionStart: (event: CompositionEvent<HTMLInputElement>) => {
        composing.current = true;
        setDraft(event.currentTarget.value);
      },
      onCompositionEnd: (event: CompositionEvent<HTMLInputElement>) => {
        composing.current = false;
        setDraft(undefined);
        onChange(event.currentTarget.value);
      },
    },
  };
}
