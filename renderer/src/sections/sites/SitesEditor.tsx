import { PlusOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useState } from 'react';
import type { CaptureTime } from '../../../../core/photos/captureTime.ts';
import { useTranslation } from 'react-i18next';
import { newId, type Site } from '../../../../core/model/index.ts';
import { move, replaceSection } from '../../state/edit.ts';
import { SortableList } from '../dnd/SortableList.tsx';
import { mediaOf, useBriefingPart, useSectionUpdate } from '../fields/useSectionUpdate.ts';
import { usePhotoImport } from '../photos/usePhotoImport.ts';
import type { SectionEditorProps } from '../types.ts';
import { SiteCard } from './SiteCard.tsx';
import { useDeletion } from '../fields/useDeletion.tsx';

/** Where the visit went, in order: one card per site. */
export function SitesEditor({ section }: SectionEditorProps<'sites'>) {
  const { t } = useTranslation('sections');
  const media = useBriefingPart(mediaOf);
  const update = useSectionUpdate(section);
  const deletion = useDeletion();
  const { importFiles, holder } = usePhotoImport();
  const [timeOffers, setTimeOffers] = useState<Record<string, CaptureTime>>({});
  const settleOffer = (siteId: string) => setTimeOffers(({ [siteId]: _settled, ...rest }) => rest);

  const changeSite = (id: string, change: (site: Site) => Site, key?: string) =>
    update((s) => ({ ...s, sites: s.sites.map((site) => (site.id === id ? change(site) : site)) }), key);

  const addFiles = (siteId: string, files: File[]) =>
    void importFiles(files, (b, ids) =>
      replaceSection(b, section.id, (s) =>
        s.type === 'sites'
          ? { ...s, sites: s.sites.map((site) => (site.id === siteId ? { ...site, photoIds: [...site.photoIds, ...ids] } : site)) }
          : s,
      ),
    ).then(({ takenAt }) => {
      if (takenAt) setTimeOffers((offers) => ({ ...offers, [siteId]: takenAt }));
    });

  return (
    <section aria-label={t('sitesHeading')} data-testid="sites-editor">
      {holder}
      <Typography.Paragraph type="secondary">{t('sitesHelp')}</Typography.Paragraph>
      <SortableList
        data-testid="sites-list"
        items={section.sites}
        getId={(site) => site.id}
        onMove={(from, to) => update((s) => ({ ...s, sites: move(s.sites, from, to) }))}
        renderItem={(site, index, handle) => (
          <SiteCard
            site={site}
            index={index}
            media={media}
            handle={handle}
            onChange={(change, field) => changeSite(site.id, change, `sites.${site.id}.${field}`)}
            onRemove={() => deletion(() => update((s) => ({ ...s, sites: s.sites.filter((x) => x.id !== site.id) })))}
            onAddFiles={(files) => addFiles(site.id, files)}
            timeOffer={timeOffers[site.id]}
            onTimeOffer={(use) => {
              const offer = timeOffers[site.id];
              if (use && offer) changeSite(site.id, (s) => ({ ...s, time: offer.time }), 'time');
              settleOffer(site.id);
            }}
          />
        )}
      />
      <Button
        icon={<PlusOutlined />}
        style={{ marginTop: 12 }}
        data-testid="site-add"
        onClick={() => update((s) => ({ ...s, sites: [...s.sites, { id: newId('site'), name: '', description: [], photoIds: [] }] }))}
      >
        {t('siteAdd')}
      </Button>
    </section>
  );
}
