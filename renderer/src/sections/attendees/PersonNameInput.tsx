import { AutoComplete } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { findPeople, type Person } from '../../../../core/people/index.ts';
import { usePeopleDirectory } from '../../app/people/peopleContext.ts';
import { useFieldCheck } from '../fields/fieldChecks.ts';
import { useRequiredHint } from '../fields/requiredHints.tsx';

interface PersonOption {
  value: string;
  label: string;
  person: Person;
}

export interface PersonNameInputProps {
  id: string;
  'aria-label': string;
  value: string;
  /** Committed text only (never the pinyin of an unfinished IME composition). */
  onChange(value: string): void;
  /** A person chosen from the directory. */
  onPick(person: Person): void;
  required?: boolean;
  'data-testid'?: string;
}

export const personLabel = (p: Pick<Person, 'name' | 'title' | 'organisation'>) => [p.name, p.title, p.organisation].filter(Boolean).join(' · ');

/**
 * A name typed with completion from the people directory: choosing someone fills the rest of their row. What is
 * typed reaches the store only once an input method has committed it, as in every other text field.
 */
export function PersonNameInput({ id, value, onChange, onPick, required = false, ...rest }: PersonNameInputProps) {
  const directory = usePeopleDirectory();
  const composing = useRef(false);
  const [draft, setDraft] = useState<string>();
  const hint = useRequiredHint(required && value.trim() === '');
  const check = useFieldCheck(id);
  const shown = draft ?? value;
  const options = useMemo<PersonOption[]>(
    () => findPeople(directory.people, shown).map((person) => ({ value: `person:${person.id}`, label: personLabel(person), person })),
    [directory.people, shown],
  );
  return (
    <span
      style={{ display: 'block' }}
      onCompositionStartCapture={() => {
        composing.current = true;
      }}
      onCompositionEndCapture={(event) => {
        composing.current = false;
        const text = (event.target as HTMLInputElement).value;
        setDraft(undefined);
        if (text !== value) onChange(text);
      }}
    >
      <AutoComplete<string, PersonOption>
        id={id}
        aria-label={rest['aria-label']}
        data-testid={rest['data-testid']}
        value={shown}
        options={options}
        // The list is already the directory's matches; antd's own filter would compare against the option value.
        filterOption={false}
        popupMatchSelectWidth={false}
        onFocus={directory.refresh}
        onChange={(text: string, option?: PersonOption | PersonOption[]) => {
          if (option && !Array.isArray(option) && option.person) return;
          if (composing.current) setDraft(text);
          else {
            setDraft(undefined);
            onChange(text ?? '');
          }
        }}
        onSelect={(_value: string, option: PersonOption) => {
          setDraft(undefined);
          onPick(option.person);
        }}
        status={hint.show ? 'error' : check === 'error' || check === 'warning' ? check : undefined}
        className={check ? `bc-check-field bc-check-field-${check}` : undefined}
        onBlur={hint.onBlur}
        aria-required={required || undefined}
        aria-invalid={hint.show || undefined}
        style={{ width: '100%' }}
      />
    </span>
  );
}
