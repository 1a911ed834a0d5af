import { RECIPIENT_KINDS, newId, type RecipientLine } from '../../../../core/model/index.ts';
import { freshCounter, SERIES_FORMAT_VERSION, type Series, type SeriesSource, type StandingAttendee } from '../../../../core/series/index.ts';

/** The series form's values: flat, as antd Form fields want them. */
export interface SeriesFormValues {
  name: string;
  templateId: string;
  issuingOffice?: string;
  source: SeriesSource;
  counterYear: number;
  lastIssue: number;
  lastTotal: number;
  lastSupplement: number;
  report?: string;
  send?: string;
  issue?: string;
  copies?: number | null;
  printedBy?: string;
  standingAttendees: StandingAttendee[];
}

export function formValuesOf(series: Series | undefined, source: SeriesSource, templateId: string): SeriesFormValues {
  const counter = series?.counter ?? freshCounter(new Date());
  const line = (kind: RecipientLine['kind']) => series?.recipients.find((l) => l.kind === kind)?.recipients ?? '';
  return {
    name: series?.name ?? '',
    templateId: series?.templateId ?? templateId,
    issuingOffice: series?.issuingOffice ?? '',
    source,
    counterYear: counter.year,
    lastIssue: counter.issue,
    lastTotal: counter.total,
    lastSupplement: counter.supplementYear === counter.year ? counter.supplement : 0,
    report: line('report'),
    send: line('send'),
    issue: line('issue'),
    copies: series?.copies ?? null,
    printedBy: series?.printedBy ?? '',
    standingAttendees: series?.standingAttendees ?? [],
  };
}

const optional = <K extends string>(key: K, value: string | undefined) => (value?.trim() ? { [key]: value.trim() } : {}) as Partial<Record<K, string>>;

/** The series the form describes; a new one gets an id, an edited one keeps its id and revision. */
export function seriesOf(values: SeriesFormValues, existing: Series | undefined): Series {
  const recipients = RECIPIENT_KINDS.map((kind) => ({ kind, recipients: (values[kind] ?? '').trim() })).filter((l) => l.recipients !== '');
  return {
    formatVersion: SERIES_FORMAT_VERSION,
    id: existing?.id ?? newId('series'),
    name: values.name.trim(),
    templateId: values.templateId,
    ...optional('issuingOffice', values.issuingOffice),
    recipients,
    ...(values.copies ? { copies: values.copies } : {}),
    ...optional('printedBy', values.printedBy),
    standingAttendees: (values.standingAttendees ?? [])
      .filter((a) => a?.name?.trim())
      .map((a) => ({
        name: a.name.trim(),
        ...optional('title', a.title),
        ...optional('organisation', a.organisation),
        group: a.group ?? 'host',
        leader: a.leader === true,
      })),
    counter: {
      year: values.counterYear,
      issue: values.lastIssue,
      total: values.lastTotal,
      supplementYear: values.counterYear,
      supplement: values.lastSupplement,
    },
    revision: existing?.revision ?? 0,
  };
}
