import { ColorPicker, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { getIn, type Path } from './draft.ts';
import { useDesignerFields } from './designerContext.tsx';
import { contrastWithWhite } from './contrast.ts';
import { FieldRow, fieldId } from './fields.tsx';

export const STANDARD_RED = '#E60012';

/**
 * One colour written to every path given (the masthead's name and its rule are one colour): a picker with the
 * standard red as a preset, the #RRGGBB text itself (typed values are checked like any other field), and how
 * well it stands out against white paper.
 */
export function ColorField({ paths, label }: { paths: readonly Path[]; label: string }) {
  const { t } = useTranslation('designer');
  const { draft, update } = useDesignerFields();
  const first = paths[0]!;
  const raw = getIn(draft.manifest, first);
  const value = typeof raw === 'string' ? raw : '';
  const set = (next: string) => paths.forEach((path) => update(path, next));
  const ratio = contrastWithWhite(value);
  return (
    <FieldRow path={first} label={label}>
      <Space.Compact style={{ width: '100%' }}>
        <ColorPicker
          value={ratio === undefined ? undefined : value}
          presets={[{ label: t('standardRed'), colors: [STANDARD_RED] }]}
          onChange={(color) => set(color.toHexString().toUpperCase().slice(0, 7))}
          aria-label={label}
        />
        <Input id={fieldId(first)} aria-label={t('field.colorText')} value={value} onChange={(e) => set(e.target.value.trim())} maxLength={7} />
      </Space.Compact>
      {ratio !== undefined && (
        <Typography.Text type={ratio < 3 ? 'warning' : 'secondary'} data-testid="designer-contrast">
          {t(ratio < 3 ? 'contrastLow' : 'contrast', { ratio })}
        </Typography.Text>
      )}
    </FieldRow>
  );
}
