import { PlusOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { SECTION_TYPES, type SectionType } from '../../../../core/model/index.ts';
import type { Template } from '../../../../core/template/index.ts';
import { sectionLabel } from './sectionLabel.ts';

/**
 * Section types a briefing holds once: every attendees section lists the same attendees (they belong to the
 * briefing), and the distribution block (版记) closes the document. A second one would only repeat the first.
 */
const ONCE: readonly SectionType[] = ['attendees', 'distribution'];

interface Props {
  /** The types already in the briefing, so a once-only type already there is not offered again. */
  present: readonly SectionType[];
  template: Template | undefined;
  language: 'zh-CN' | 'en';
  onAdd(type: SectionType): void;
}

/**
 * A menu of the section types that may be added, named as the outline names them (the template's labels in the
 * briefing's language); the new section goes to the end of the briefing.
 */
export function AddSectionButton({ present, template, language, onAdd }: Props) {
  const { t } = useTranslation('app');
  const offered = SECTION_TYPES.filter((type) => !(ONCE.includes(type) && present.includes(type)));
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: offered.map((type) => ({ key: type, label: sectionLabel({ type }, t, template, language), 'data-testid': `add-${type}` })),
        onClick: ({ key }) => {
          const type = SECTION_TYPES.find((candidate) => candidate === key);
          if (type) onAdd(type);
        },
      }}
    >
      <Button icon={<PlusOutlined />} block data-testid="add-section">
        {t('outline.add')}
      </Button>
    </Dropdown>
  );
}
