import { ClockCircleOutlined, CloseOutlined } from '@ant-design/icons';
import { Button, Flex, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaptureTime } from '../../../../core/photos/captureTime.ts';

/**
 * The capture time of a photo just added to a site, offered as the site's time — never filled in silently: the
 * camera's clock may be wrong or the photo from another day.
 */
export function CaptureTimeOffer({ takenAt, onUse, onDismiss }: { takenAt: CaptureTime; onUse(): void; onDismiss(): void }) {
  const { t } = useTranslation('photos');
  return (
    <Flex align="center" gap={2} data-testid="capture-time-offer">
      <Tooltip title={t('useTimeTitle', { time: takenAt.time, date: takenAt.date })}>
        <Button size="small" type="link" icon={<ClockCircleOutlined />} onClick={onUse} data-testid="capture-time-use" style={{ paddingInline: 0 }}>
          {t('useTime', { time: takenAt.time })}
        </Button>
      </Tooltip>
      <Button size="small" type="text" icon={<CloseOutlined />} aria-label={t('dismissTime')} onClick={onDismiss} />
    </Flex>
  );
}
