import { DeleteOutlined, PictureOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { getIn } from './draft.ts';
import { useDesignerFields } from './designerContext.tsx';
import { FieldRow } from './fields.tsx';
import { logoFromFile } from './rasterize.ts';

const LOGO_PATH = ['masthead', 'logo'] as const;

/** The masthead logo: chosen from a file (PNG, JPEG, or SVG turned into a PNG), shown small, or removed. */
export function LogoField() {
  const { t } = useTranslation('designer');
  const { message } = App.useApp();
  const { draft, update, setAsset } = useDesignerFields();
  const input = useRef<HTMLInputElement>(null);
  const name = getIn(draft.manifest, LOGO_PATH);
  const bytes = typeof name === 'string' ? draft.assets.get(name) : undefined;
  const url = useMemo(() => (bytes ? URL.createObjectURL(new Blob([bytes as BlobPart])) : undefined), [bytes]);
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    try {
      const logo = await logoFromFile(file);
      // A new name each time the picture changes: the old file stays valid until the new manifest is written.
      const next = `logo-${Date.now().toString(36)}.${logo.extension}`;
      if (typeof name === 'string') setAsset(name, undefined);
      setAsset(next, logo.bytes);
      update(LOGO_PATH, next);
    } catch (error) {
      void message.error(t('importFailed', { error: error instanceof Error ? error.message : String(error) }));
    }
  };
  return (
    <FieldRow path={LOGO_PATH} label={t('field.logo')} hint={t('field.logoHint')}>
      <Space>
        {url && <img src={url} alt={t('field.logo')} style={{ height: 40, maxWidth: 160, objectFit: 'contain' }} data-testid="designer-logo-preview" />}
        <Button icon={<PictureOutlined />} onClick={() => input.current?.click()}>
          {t('field.logoChoose')}
        </Button>
        {typeof name === 'string' && (
          <Button
            icon={<DeleteOutlined />}
            aria-label={t('field.logoRemove')}
            title={t('field.logoRemove')}
            onClick={() => {
              setAsset(name, undefined);
              update(LOGO_PATH, undefined);
            }}
          />
        )}
        <input
          ref={input}
          type="file"
          accept="image/png,image/jpeg,image/svg+xml,.png,.jpg,.jpeg,.svg"
          hidden
          data-testid="designer-logo-input"
          aria-label={t('field.logoChoose')}
          onChange={(e) => {
            void choose(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </Space>
    </FieldRow>
  );
}
