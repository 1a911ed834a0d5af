import { CopyOutlined, EditOutlined, FileWordOutlined, ImportOutlined } from '@ant-design/icons';
import { Button, Space, Spin, Tag, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../../core/ipc/contract.ts';
import { useAppearance } from '../locale/appearance.tsx';
import { templateName } from '../templates/templateCache.ts';

interface Props {
  templates: TemplateSummary[] | undefined;
  onDuplicate(id: string): void;
  onEdit(id: string): void;
  onLetterhead(file: File): void;
  onTemplateFile(file: File): void;
}

/** Where designing starts: a template to duplicate (or, for the user's own, to edit), or a file to import. */
export function DesignerStart({ templates, onDuplicate, onEdit, onLetterhead, onTemplateFile }: Props) {
  const { t } = useTranslation('designer');
  const { t: tApp } = useTranslation('app');
  const { language } = useAppearance();
  const docx = useRef<HTMLInputElement>(null);
  const bundle = useRef<HTMLInputElement>(null);
  const pick = (handler: (file: File) => void) => (e: React.ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) handler(file);
  };
  return (
    <div className="bc-designer-start" data-testid="designer-start">
      <Typography.Paragraph type="secondary">{t('startHint')}</Typography.Paragraph>
      <Space wrap>
        <Button icon={<FileWordOutlined />} onClick={() => docx.current?.click()} data-testid="designer-letterhead">
          {t('importLetterhead')}
        </Button>
        <Button icon={<ImportOutlined />} onClick={() => bundle.current?.click()} data-testid="designer-import">
          {t('importTemplate')}
        </Button>
      </Space>
      <input ref={docx} type="file" hidden accept=".docx" aria-label={t('importLetterhead')} data-testid="designer-letterhead-input" onChange={pick(onLetterhead)} />
      <input ref={bundle} type="file" hidden accept=".briefing-template" aria-label={t('importTemplate')} data-testid="designer-import-input" onChange={pick(onTemplateFile)} />
      {!templates && <Spin />}
      <ul className="bc-designer-templates">
        {(templates ?? [])
          .filter((tpl) => tpl.valid)
          .map((tpl) => (
            <li key={`${tpl.source}:${tpl.id}`} data-testid={`designer-template-${tpl.id}`}>
              <span className="bc-designer-template-name">{templateName(tpl, language)}</span>
              <Tag>{tApp(`welcome.source.${tpl.source}`)}</Tag>
              <Space>
                <Button icon={<CopyOutlined />} onClick={() => onDuplicate(tpl.id)} data-testid={`designer-duplicate-${tpl.id}`}>
                  {t('duplicate')}
                </Button>
                {tpl.source !== 'builtin' && (
                  <Button icon={<EditOutlined />} onClick={() => onEdit(tpl.id)} data-testid={`designer-edit-${tpl.id}`}>
                    {t('edit')}
                  </Button>
                )}
              </Space>
            </li>
          ))}
      </ul>
    </div>
  );
}
