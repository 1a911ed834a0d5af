import { DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Form, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MediaItem, Site } from '../../../../core/model/index.ts';
import { RichTextEditor } from '../../richtext/RichTextEditor.tsx';
import { DragHandle, type DragHandleProps } from '../dnd/DragHandle.tsx';
import { useRequiredHint } from '../fields/requiredHints.tsx';
import { TextInput } from '../fields/TextInput.tsx';
import { withOptional } from '../fields/useSectionUpdate.ts';
import { SitePhotos } from './SitePhotos.tsx';
import type { CaptureTime } from '../../../../core/photos/captureTime.ts';
import { CaptureTimeOffer } from '../photos/CaptureTimeOffer.tsx';

export interface SiteCardProps {
  site: Site;
  index: number;
  media: readonly MediaItem[];
  handle: DragHandleProps;
  onChange(change: (site: Site) => Site, field: string): void;
  onRemove(): void;
  onAddFiles(files: File[]): void;
  /** The capture time of a photo just added here, offered as the site's time (phone photos). */
  timeOffer?: CaptureTime;
  onTimeOffer?(use: boolean): void;
}

/** One place visited: its name and time, what was seen there, and its photos. */
export function SiteCard({ site, index, media, handle, onChange, onRemove, onAddFiles, timeOffer, onTimeOffer }: SiteCardProps) {
  const { t } = useTranslation('sections');
  const n = index + 1;
  const nameHint = useRequiredHint(site.name.trim() === '');
  const nameMissing = nameHint.show;
  const id = (field: string) => `site-${site.id}-${field}`;
  return (
    <Card
      size="small"
      data-testid="site-card"
      data-site-id={site.id}
      title={
        <Flex align="center" gap={8}>
          <DragHandle handle={handle} label={t('dragSite', { n })} />
          {t('siteNumber', { n })}
        </Flex>
      }
      extra={<Button type="text" danger icon={<DeleteOutlined />} aria-label={t('removeSite', { n })} onClick={onRemove} />}
    >
      <Form layout="vertical" component="div">
        <Row gutter={12}>
          <Col span={16}>
            <Form.Item label={t('siteName')} htmlFor={id('name')} required validateStatus={nameMissing ? 'error' : undefined} help={nameMissing ? t('required') : undefined}>
              <TextInput id={id('name')} value={site.name} onChange={(v) => onChange((s) => ({ ...s, name: v }), 'name')} onBlur={nameHint.onBlur} aria-required />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label={t('siteTime')} htmlFor={id('time')}>
              <TextInput id={id('time')} value={site.time} placeholder={t('siteTimePlaceholder')} onChange={(v) => onChange((s) => withOptional(s, 'time', v), 'time')} />
            </Form.Item>
            {timeOffer && onTimeOffer && <CaptureTimeOffer takenAt={timeOffer} onUse={() => onTimeOffer(true)} onDismiss={() => onTimeOffer(false)} />}
          </Col>
        </Row>
        <Form.Item label={t('siteDescription')} htmlFor={id('description')}>
          <RichTextEditor
            id={id('description')}
            ariaLabel={t('siteDescriptionOf', { n })}
            value={site.description}
            onChange={(v) => onChange((s) => ({ ...s, description: v }), 'description')}
          />
        </Form.Item>
        <Form.Item label={t('sitePhotosLabel')} style={{ marginBottom: 0 }}>
          <SitePhotos
            siteLabel={site.name || t('siteNumber', { n })}
            photoIds={site.photoIds}
            media={media}
            onChange={(ids) => onChange((s) => ({ ...s, photoIds: ids }), 'photoIds')}
            onAddFiles={onAddFiles}
          />
        </Form.Item>
      </Form>
    </Card>
  );
}
