import { Button, Drawer, Empty, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Finding, Severity } from '../../../../core/check/index.ts';
import type { Briefing } from '../../../../core/model/index.ts';
import type { Template } from '../../../../core/template/index.ts';
import { sectionLabel } from '../editor/sectionLabel.ts';
import type { RuleScope } from './checking.tsx';
import { DisabledRulesList } from './DisabledRulesList.tsx';
import { findingTarget, type FindingTarget } from './findingTarget.ts';

const COLOURS: Record<Severity, string> = { error: 'error', warning: 'warning', hint: 'processing' };

interface Group {
  target: string;
  label: string;
  entries: { finding: Finding; at: FindingTarget }[];
}

interface Props {
  open: boolean;
  onClose(): void;
  findings: readonly Finding[];
  briefing: Briefing | undefined;
  template: Template | undefined;
  /** The UI language: each finding's message is shown in it. */
  language: 'zh-CN' | 'en';
  /** The rules switched off, by where: shown at the foot, each reversible. */
  disabledBy: Record<RuleScope, readonly string[]>;
  onGoTo(finding: Finding, at: FindingTarget): void;
  onFix(findings: readonly Finding[]): void;
  onDisable(rule: string, scope: RuleScope): void;
  onEnable(rule: string, scope: RuleScope): void;
  onEnableAll(): void;
}

const fixable = (f: Finding) => f.range !== undefined && f.fix !== undefined;

/** The checker's findings by section, each one click from its field and, where it has one, from its fix. */
export function ProblemsPanel({ open, onClose, findings, briefing, template, language, disabledBy, onGoTo, onFix, onDisable, onEnable, onEnableAll }: Props) {
  const { t } = useTranslation('app');
  const { t: tp } = useTranslation('polish');
  const disabledCount = disabledBy.briefing.length;
  const groups: Group[] = [];
  if (briefing) {
    for (const finding of findings) {
      const at = findingTarget(briefing, finding.path);
      let group = groups.find((g) => g.target === at.target);
      if (!group) {
        group = { target: at.target, label: at.section ? sectionLabel(at.section, t, template, language) : t('outline.details'), entries: [] };
        groups.push(group);
      }
      group.entries.push({ finding, at });
    }
  }
  const ofRule = (rule: string) => findings.filter((f) => f.rule === rule && fixable(f));
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('check.title')}
      placement="right"
      mask={false}
      size={420}
      data-testid="problems-panel"
      rootClassName="bc-problems-panel"
    >
      {findings.length === 0 && <Empty description={t('check.empty')} />}
      {groups.map((group) => (
        <section key={group.target} aria-label={group.label} data-testid="problems-group">
          <h4 className="bc-problems-group">{group.label}</h4>
          <ul className="bc-problems">
            {group.entries.map(({ finding, at }, i) => {
              const same = ofRule(finding.rule);
              return (
                <li key={`${finding.path}:${finding.rule}:${finding.range?.start ?? i}`} data-testid="problem" data-rule={finding.rule} data-path={finding.path}>
                  <Tag color={COLOURS[finding.severity]}>{t(`check.severity.${finding.severity}`)}</Tag>
                  <Button type="link" size="small" className="bc-problem-link" data-testid="problem-goto" onClick={() => onGoTo(finding, at)}>
                    {finding.message[language]}
                  </Button>
                  <Space size={4} wrap>
                    {fixable(finding) && (
                      <Button size="small" autoInsertSpace={false} data-testid="problem-fix" onClick={() => onFix([finding])}>
                        {t('check.fix')}
                      </Button>
                    )}
                    {same.length > 1 && (
                      <Button size="small" data-testid="problem-fix-all" onClick={() => onFix(same)}>
                        {t('check.fixAll', { count: same.length })}
                      </Button>
                    )}
                    <Button size="small" type="text" data-testid="problem-disable" onClick={() => onDisable(finding.rule, 'briefing')}>
                      {t('check.disable')}
                    </Button>
                    <Button size="small" type="text" data-testid="problem-disable-everywhere" onClick={() => onDisable(finding.rule, 'everywhere')}>
                      {tp('check.disableForGood')}
                    </Button>
                  </Space>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      <DisabledRulesList disabledBy={disabledBy} language={language} onEnable={onEnable} />
      {disabledCount > 0 && (
        <Button type="link" size="small" data-testid="problems-enable-all" onClick={onEnableAll}>
          {t('check.enableAll', { count: disabledCount })}
        </Button>
      )}
    </Drawer>
  );
}
