import { AutoComplete, InputNumber, Select, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { CHINESE_SIZES, chineseSizeOf } from '../../../../core/template/index.ts';
import { getIn, type Path } from './draft.ts';
import { useDesignerFields } from './designerContext.tsx';
import { FieldRow, fieldId } from './fields.tsx';

const GENERIC = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui']);

/**
 * A font role's family list, first choice first: the user picks the first from the fonts installed here (or types
 * a name Word will find on the office PCs); the rest stay as fallbacks, each marked installed here or not.
 */
export function FontFamilyField({ path, label }: { path: Path; label: string }) {
  const { t } = useTranslation('designer');
  const { draft, update, installedFonts } = useDesignerFields();
  const raw = getIn(draft.manifest, path);
  const families = Array.isArray(raw) ? raw.filter((f): f is string => typeof f === 'string') : [];
  const lower = new Set([...(installedFonts ?? [])].map((f) => f.toLowerCase()));
  const present = (family: string) => GENERIC.has(family) || lower.has(family.toLowerCase());
  const options = [...(installedFonts ?? [])].map((family) => ({ value: family }));
  return (
    <FieldRow path={path} label={label}>
      <AutoComplete
        id={fieldId(path)}
        value={families[0] ?? ''}
        options={options}
        filterOption={(input, option) => (option?.value ?? '').toLowerCase().includes(input.toLowerCase())}
        onChange={(value: string) => {
          const chosen = value.trim();
          update(path, chosen ? [chosen, ...families.slice(1).filter((f) => f !== chosen)] : families.slice(1));
        }}
        style={{ width: '100%' }}
      />
      {installedFonts && families.length > 0 && (
        <div className="bc-designer-fallbacks">
          {t('fallbacks')}
          {families.map((family) => (
            <Tag key={family} color={present(family) ? 'success' : 'default'} title={t(present(family) ? 'fontPresent' : 'fontMissing')}>
              {family}
            </Tag>
          ))}
        </div>
      )}
    </FieldRow>
  );
}

/** A size in points, with the Chinese size name (三号 = 16 pt) to choose it by, as Word and WPS offer. */
export function FontSizeField({ path, label, chineseLabel }: { path: Path; label: string; chineseLabel: string }) {
  const { t } = useTranslation('designer');
  const { draft, update } = useDesignerFields();
  const raw = getIn(draft.manifest, path);
  const value = typeof raw === 'number' ? raw : undefined;
  const named = value === undefined ? undefined : chineseSizeOf(value);
  return (
    <FieldRow path={path} label={label}>
      <Space.Compact style={{ width: '100%' }}>
        <InputNumber id={fieldId(path)} controls={false} step={0.5} value={value ?? null} onChange={(next) => update(path, typeof next === 'number' ? next : undefined)} style={{ width: '50%' }} />
        <Select
          aria-label={chineseLabel}
          data-testid={`${fieldId(path)}-chinese`}
          style={{ width: '50%' }}
          value={named?.pt ?? null}
          placeholder={t('field.chineseSizeNone')}
          options={CHINESE_SIZES.map((size) => ({ value: size.pt, label: t('sizeOption', { zh: size.zh, en: size.en, pt: size.pt }) }))}
          onChange={(pt: number) => update(path, pt)}
        />
      </Space.Compact>
    </FieldRow>
  );
}
