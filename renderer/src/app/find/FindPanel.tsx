import { CloseOutlined, DownOutlined, UpOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Card, Checkbox, Flex, Input, Space, Typography, type InputRef } from 'antd';
import { useCallback, useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindMatch } from '../../../../core/find/index.ts';
import type { FindAction } from '../../commands/types.ts';
import { useNavigation } from '../editor/navigation.tsx';
import { matchTarget } from './findTarget.ts';
import { selectMatch } from './selectMatch.ts';
import { useFindState } from './useFindState.ts';
import { useImeSafeValue } from './useImeSafeValue.ts';

export interface FindControl {
  run(action: FindAction): void;
}

/**
 * The find & replace panel (Ctrl+F / Ctrl+H): over every field of the briefing, with match case and full/half-width
 * folding, next/previous (Enter, Shift+Enter, F3, Shift+F3) that shows, focuses and selects each match, replace
 * one, and replace all as one undo step.
 */
export function FindPanel({ control }: { control: Ref<FindControl> }) {
  const { t } = useTranslation('find');
  const { message } = AntApp.useApp();
  const navigation = useNavigation();
  const [mode, setMode] = useState<'find' | 'replace'>();
  const state = useFindState(mode !== undefined);
  const queryInput = useRef<InputRef>(null);
  const query = useImeSafeValue(state.query, state.setQuery);
  const replacement = useImeSafeValue(state.replacement, state.setReplacement);

  const show = useCallback(
    (match: FindMatch | undefined) => {
      if (!match || !state.briefing) return;
      const target = matchTarget(state.briefing, match);
      navigation.select(target.target);
      selectMatch(target, match.start, match.end);
    },
    [navigation, state.briefing],
  );
  const next = useCallback(() => show(state.step(1)), [show, state]);
  const previous = useCallback(() => show(state.step(-1)), [show, state]);

  useImperativeHandle(
    control,
    () => ({
      run(action) {
        if (action === 'find' || action === 'replace') {
          setMode(action);
          requestAnimationFrame(() => queryInput.current?.focus({ cursor: 'all' }));
        } else if (mode) {
          if (action === 'next') next();
          else previous();
        }
      },
    }),
    [mode, next, previous],
  );

  useEffect(() => {
    if (!mode) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) setMode(undefined);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [mode]);

  if (!mode) return null;
  const total = state.matches.length;
  const count = state.query === '' ? '' : total === 0 ? t('none') : state.index >= 0 ? t('count', { n: state.index + 1, total }) : t('total', { total });
  const onQueryKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    if (event.shiftKey) previous();
    else next();
  };
  const onReplaceKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    show(state.replaceOne());
  };

  return (
    <Card
      size="small"
      className="bc-find-panel"
      role="dialog"
      aria-label={t('panel')}
      data-testid="find-panel"
      title={mode === 'replace' ? t('replaceTitle') : t('findTitle')}
      extra={<Button type="text" size="small" icon={<CloseOutlined />} aria-label={t('close')} title={t('close')} onClick={() => setMode(undefined)} />}
      style={{ position: 'fixed', top: 64, right: 24, width: 400, zIndex: 1000, boxShadow: '0 6px 16px rgba(0,0,0,0.15)' }}
    >
      <Flex vertical gap={8}>
        <Space.Compact style={{ width: '100%' }}>
          <Input
            ref={queryInput}
            aria-label={t('query')}
            placeholder={t('query')}
            data-testid="find-query"
            {...query.inputProps}
            onKeyDown={onQueryKey}
          />
          <Button icon={<UpOutlined />} aria-label={t('previous')} title={t('previous')} onClick={previous} disabled={total === 0} data-testid="find-previous" />
          <Button icon={<DownOutlined />} aria-label={t('next')} title={t('next')} onClick={next} disabled={total === 0} data-testid="find-next" />
        </Space.Compact>
        {mode === 'replace' && (
          <Space.Compact style={{ width: '100%' }}>
            <Input aria-label={t('replacement')} placeholder={t('replacement')} data-testid="find-replacement" {...replacement.inputProps} onKeyDown={onReplaceKey} />
            <Button onClick={() => show(state.replaceOne())} disabled={total === 0} data-testid="find-replace-one">
              {t('replaceOne')}
            </Button>
            <Button
              onClick={() => {
                const n = state.replaceAll();
                if (n > 0) void message.success(t('replaced', { count: n }));
              }}
              disabled={total === 0}
              data-testid="find-replace-all"
            >
              {t('replaceAll')}
            </Button>
          </Space.Compact>
        )}
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Space size={12}>
            <Checkbox checked={state.options.matchCase} onChange={(e) => state.setOptions((o) => ({ ...o, matchCase: e.target.checked }))} data-testid="find-match-case">
              {t('matchCase')}
            </Checkbox>
            <Checkbox checked={state.options.ignoreWidth} onChange={(e) => state.setOptions((o) => ({ ...o, ignoreWidth: e.target.checked }))} data-testid="find-ignore-width">
              {t('ignoreWidth')}
            </Checkbox>
          </Space>
          <Typography.Text type="secondary" data-testid="find-count" aria-live="polite">
            {count}
          </Typography.Text>
        </Flex>
        {mode === 'find' && (
          <Button type="link" size="small" style={{ alignSelf: 'flex-start', padding: 0 }} onClick={() => setMode('replace')}>
            {t('showReplace')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}
