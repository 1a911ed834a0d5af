import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { RichTextEditor } from '../../richtext/RichTextEditor.tsx';
import { TextInput } from '../fields/TextInput.tsx';
import { useSectionUpdate } from '../fields/useSectionUpdate.ts';
import type { SectionEditorProps } from '../types.ts';

/** A free section: its heading and its text. */
export function TextSectionEditor({ section }: SectionEditorProps<'text'>) {
  const { t } = useTranslation('sections');
  const update = useSectionUpdate(section);
  const headingMissing = section.heading.trim() === '';
  const headingId = `text-${section.id}-heading`;
  return (
    <section aria-label={t('textHeadingOf', { heading: section.heading })} data-testid="text-editor">
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
            value={section.heading}
            onChange={(v) => update((s) => ({ ...s, heading: v }), `sections.${section.id}.heading`)}
            aria-required
          />
        </Form.Item>
        <Form.Item label={t('textBody')}>
          <RichTextEditor
            id={`text-${section.id}-body`}
            ariaLabel={t('textBodyOf', { heading: section.heading })}
            value={section.body}
            minRows={8}
            onChange={(v) => update((s) => ({ ...s, body: v }), `sections.${section.id}.body`)}
          />
        </Form.Item>
      </Form>
    </section>
  );
}
