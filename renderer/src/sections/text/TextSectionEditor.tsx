import { Form } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TextInput } from '../fields/TextInput.tsx';
import { useSectionUpdate } from '../fields/useSectionUpdate.ts';
import type { SectionEditorProps } from '../types.ts';
import { TextBody } from './TextBody.tsx';

/**
 * A free section: its heading and its text. The form depends on the heading only (TextBody follows the body), so
 * typing in the body re-renders the rich-text editor and not the form's fields and labels.
 */
export function TextSectionEditor({ section }: SectionEditorProps<'text'>) {
  const { t } = useTranslation('sections');
  const update = useSectionUpdate(section);
  const { id, heading } = section;
  return useMemo(() => {
    const headingMissing = heading.trim() === '';
    const headingId = `text-${id}-heading`;
    return (
      <section aria-label={t('textHeadingOf', { heading })} data-testid="text-editor">
        <Form layout="vertical" component="div">
          <Form.Item
            label={t('textHeading')}
            htmlFor={headingId}
            required
            validateStatus={headingMissing ? 'error' : undefined}
            help={headingMissing ? t('required') : undefined}
          >
            <TextInput
              id={headingId}
              value={heading}
              onChange={(v) => update((s) => ({ ...s, heading: v }), `sections.${id}.heading`)}
              aria-required
            />
          </Form.Item>
          <Form.Item label={t('textBody')}>
            <TextBody sectionId={id} ariaLabel={t('textBodyOf', { heading })} update={update} />
          </Form.Item>
        </Form>
      </section>
    );
  }, [t, update, id, heading]);
}
