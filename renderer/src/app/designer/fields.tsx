import { Form, Input, InputNumber, Select } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { getIn, pathKey, type Path } from './draft.ts';
import { useDesignerFields } from './designerContext.tsx';
import { fieldMessage, problemsAt } from './fieldMessages.ts';

/** A labelled form row whose message is the field's first problem, in the UI language. */
export function FieldRow({ path, label, hint, children }: { path: Path; label: string; hint?: string; children: ReactNode }) {
  const { t } = useTranslation('designer');
  const { problems } = useDesignerFields();
  const key = pathKey(path);
  const own = problemsAt(problems, key)[0];
  const id = `designer-${key.replace(/[^A-Za-z0-9-]/g, '-')}`;
  return (
    <Form.Item
      label={label}
      htmlFor={id}
      validateStatus={own ? 'error' : undefined}
      help={own ? <span data-testid={`${id}-message`}>{fieldMessage(own, t)}</span> : hint}
    >
      <div data-field={key} id={`${id}-wrap`}>
        {children}
      </div>
    </Form.Item>
  );
}

export const fieldId = (path: Path) => `designer-${pathKey(path).replace(/[^A-Za-z0-9-]/g, '-')}`;

export function TextField({ path, label, hint }: { path: Path; label: string; hint?: string }) {
  const { draft, update } = useDesignerFields();
  const value = getIn(draft.manifest, path);
  return (
    <FieldRow path={path} label={label} {...(hint ? { hint } : {})}>
      <Input id={fieldId(path)} value={typeof value === 'string' ? value : ''} onChange={(e) => update(path, e.target.value)} />
    </FieldRow>
  );
}

/** Localized text, edited in the template's own language (the other stays as it was). */
export function LocalizedField({ path, label, hint }: { path: Path; label: string; hint?: string }) {
  const { draft, update, language } = useDesignerFields();
  const value = getIn(draft.manifest, [...path, language]);
  return (
    <FieldRow path={path} label={label} {...(hint ? { hint } : {})}>
      <Input
        id={fieldId(path)}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => update([...path, language], e.target.value === '' ? undefined : e.target.value)}
      />
    </FieldRow>
  );
}

/** A number as typed: a value the schema refuses (0, -3) is kept in the draft, so its message shows. */
export function NumberField({ path, label, step = 1 }: { path: Path; label: string; step?: number }) {
  const { draft, update } = useDesignerFields();
  const value = getIn(draft.manifest, path);
  return (
    <FieldRow path={path} label={label}>
      <InputNumber
        id={fieldId(path)}
        step={step}
        controls={false}
        value={typeof value === 'number' ? value : null}
        onChange={(next) => update(path, typeof next === 'number' ? next : undefined)}
        style={{ width: '100%' }}
      />
    </FieldRow>
  );
}

export function ChoiceField({ path, label, options }: { path: Path; label: string; options: { value: string; label: string }[] }) {
  const { draft, update } = useDesignerFields();
  const value = getIn(draft.manifest, path);
  return (
    <FieldRow path={path} label={label}>
      <Select id={fieldId(path)} value={typeof value === 'string' ? value : undefined} options={options} onChange={(next) => update(path, next)} />
    </FieldRow>
  );
}
