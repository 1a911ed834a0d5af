import { PlusOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { SECTION_TYPES, type SectionType } from '../../../../core/model/index.ts';

/** A menu of every section type; the new section goes to the end of the briefing. */
export function AddSectionButton({ onAdd }: { onAdd(type: SectionType): void }) {
  const { t } = useTranslation('app');
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: SECTION_TYPES.map((type) => ({ key: type, label: t(`sectionTypes.${type}`), 'data-testid': `add-${type}` })),
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
