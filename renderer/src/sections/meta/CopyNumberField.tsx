import { Form, Input } from 'antd';
import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isCopyNumber, normaliseCopyNumber, padCopyNumber } from './copyNumber.ts';
import { useMetaValue } from './useMetaValue.ts';

/**
 * 份号: six digits. What the user types stays in the field; the document gets it once it is six digits (or
 * empty), so a half-typed number never reaches the file. Leaving the field pads a shorter number with zeros.
 */
export const CopyNumberField = memo(function CopyNumberField() {
  const { t } = useTranslation('gongwen');
  const [value, setValue] = useMetaValue('copyNumber');
  const [draft, setDraft] = useState<string>();
  // Undo or another edit changed the number: the draft no longer says what is in the document.
  useEffect(() => setDraft((d) => (d !== undefined && normaliseCopyNumber(d) === (value ?? '') ? d : undefined)), [value]);

  const shown = draft ?? value ?? '';
  const clean = normaliseCopyNumber(shown);
  const invalid = clean !== '' && !isCopyNumber(clean);
  const commit = (text: string) => {
    const next = normaliseCopyNumber(text);
    if (next === '') setValue(undefined);
    else if (isCopyNumber(next)) setValue(next);
  };
  return (
    <Form.Item
      label={t('copyNumber')}
      htmlFor="meta-copyNumber"
      validateStatus={invalid ? 'error' : undefined}
      help={invalid ? <span data-testid="meta-copyNumber-invalid">{t('copyNumberInvalid')}</span> : undefined}
    >
      <Input
        id="meta-copyNumber"
        value={shown}
        inputMode="numeric"
        maxLength={12}
        placeholder={t('copyNumberPlaceholder')}
        status={invalid ? 'error' : undefined}
        aria-invalid={invalid}
        onChange={(event) => {
          setDraft(event.target.value);
          commit(event.target.value);
        }}
        onBlur={() => {
          const padded = padCopyNumber(shown);
          setDraft(isCopyNumber(normaliseCopyNumber(padded)) || padded.trim() === '' ? undefined : padded);
          commit(padded);
        }}
      />
    </Form.Item>
  );
});
