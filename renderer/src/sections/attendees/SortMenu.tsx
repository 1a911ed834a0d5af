import { SortAscendingOutlined } from '@ant-design/icons';
import { Button, Dropdown, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { ATTENDEE_GROUPS, type Attendee, type AttendeeGroup } from '../../../../core/model/index.ts';
import type { ProtocolOrder } from '../../../../core/people/index.ts';

/** Sorts one side of the list by surname strokes or pinyin; the sides listed are those that have two people or more. */
export function SortMenu({ attendees, onSort }: { attendees: readonly Attendee[]; onSort(group: AttendeeGroup, order: ProtocolOrder): void }) {
  const { t } = useTranslation('series');
  const groups = ATTENDEE_GROUPS.filter((g) => attendees.filter((a) => a.group === g).length > 1);
  const items = groups.flatMap((group) =>
    (['stroke', 'pinyin'] as const).map((order) => ({
      key: `${group}:${order}`,
      label: t(order === 'stroke' ? 'sortStroke' : 'sortPinyin', { group: t(`group_${group}`) }),
      'data-testid': `attendee-sort-${group}-${order}`,
      onClick: () => onSort(group, order),
    })),
  );
  return (
    <Dropdown menu={{ items }} disabled={items.length === 0} trigger={['click']}>
      <Tooltip title={t('sortHelp')}>
        <Button icon={<SortAscendingOutlined />} disabled={items.length === 0} data-testid="attendee-sort">
          {t('sort')}
        </Button>
      </Tooltip>
    </Dropdown>
  );
}
