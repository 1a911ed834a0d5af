import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ruleById } from '../../../../core/check/index.ts';
import type { RuleScope } from './checking.tsx';

interface Props {
  disabledBy: Record<RuleScope, readonly string[]>;
  language: 'zh-CN' | 'en';
  onEnable(rule: string, scope: RuleScope): void;
}

/** The rules switched off, for this briefing and for all briefings, each with its own way back on. */
export function DisabledRulesList({ disabledBy, language, onEnable }: Props) {
  const { t } = useTranslation('polish');
  const scopes: { scope: RuleScope; title: string }[] = [
    { scope: 'briefing', title: t('check.offHere') },
    { scope: 'everywhere', title: t('check.offEverywhere') },
  ];
  return (
    <>
      {scopes
        .filter(({ scope }) => disabledBy[scope].length > 0)
        .map(({ scope, title }) => (
          <section key={scope} aria-label={title} data-testid={`rules-off-${scope}`}>
            <h4 className="bc-problems-group">{title}</h4>
            <ul className="bc-problems">
              {disabledBy[scope].map((rule) => {
                const name = ruleById(rule)?.description[language] ?? rule;
                return (
                  <li key={rule} data-testid="rule-off" data-rule={rule}>
                    <span>{name}</span>{' '}
                    <Button size="small" type="link" data-testid="rule-enable" aria-label={t('check.enableRule', { rule: name })} onClick={() => onEnable(rule, scope)}>
                      {t('check.enable')}
                    </Button>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
    </>
  );
}
