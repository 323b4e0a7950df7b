/**
 * The history window of one record in one locale: its versions (newest
 * first), two of them picked for a field-by-field diff (by default the
 * newest and the one before), and restoring an older version as the draft.
 */
import * as React from 'react';
import { Button, Flex, Modal, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { errorText } from '../shared/errors';
import { useText } from '../shared/use-text';
import { type Diff, useHistoryApi, type VersionSummary } from './api';
import { DiffView } from './DiffView';
import { localeName } from './format';
import { vi } from './messages';
import { RestoreDialog } from './RestoreDialog';
import { VersionTable } from './VersionTable';

interface Props {
  versions: VersionSummary[];
  locale: string | null;
  onClose: () => void;
}

const defaultPick = (versions: VersionSummary[]) => versions.slice(0, 2).map((version) => version.id);

/** Picking a third version lets go of the one picked first, so two stay picked. */
function togglePick(picked: number[], id: number): number[] {
  if (picked.includes(id)) return picked.filter((other) => other !== id);
  return [...picked, id].slice(-2);
}

export function HistoryModal({ versions, locale, onClose }: Props) {
  const { t, language } = useText(vi);
  const api = useHistoryApi();
  const { toggleNotification } = useNotification();
  const [picked, setPicked] = React.useState<number[]>(() => defaultPick(versions));
  const [diff, setDiff] = React.useState<Diff | null>(null);
  const [isComparing, setIsComparing] = React.useState(false);
  const [toRestore, setToRestore] = React.useState<VersionSummary | null>(null);

  // The list is reloaded when the window opens: keep the pick while its versions are still listed.
  React.useEffect(() => {
    setPicked((current) => (current.length === 2 && current.every((id) => versions.some((version) => version.id === id)) ? current : defaultPick(versions)));
  }, [versions]);

  // Ids grow with time: the smaller id is the older version, shown as "before".
  const [from, to] = picked.length === 2 ? [Math.min(...picked), Math.max(...picked)] : [null, null];

  React.useEffect(() => {
    if (from === null || to === null) {
      setDiff(null);
      return;
    }
    let isCurrent = true;
    setIsComparing(true);
    api.diff(from, to).then(
      (result) => {
        if (isCurrent) setDiff(result);
      },
      (error) => {
        if (isCurrent) toggleNotification({ type: 'danger', message: errorText(error, language) });
      },
    ).finally(() => {
      if (isCurrent) setIsComparing(false);
    });
    return () => {
      isCurrent = false;
    };
  }, [api, from, to, language, toggleNotification]);

  return (
    <Modal.Root open onOpenChange={(open) => !open && onClose()}>
      {/* Wider than the design system's 83rem (830px: the admin's root font size is 10px): the diff needs room. */}
      <Modal.Content style={{ maxWidth: '128rem', width: 'calc(100% - 4rem)' }}>
        <Modal.Header closeLabel={t('di-san.history.modal.close')}>
          <Modal.Title>{t('di-san.history.modal.title', { locale: localeName(locale, language) })}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={6}>
            <Typography variant="omega" textColor="neutral600">{t('di-san.history.modal.hint')}</Typography>
            <VersionTable
              versions={versions}
              picked={picked}
              onPick={(id) => setPicked((current) => togglePick(current, id))}
              onRestore={setToRestore}
            />
            {from === null || to === null ? (
              <Typography variant="omega">{t('di-san.history.diff.pickTwo')}</Typography>
            ) : (
              <DiffView diff={diff && diff.from.id === from && diff.to.id === to ? diff : null} isLoading={isComparing} from={from} to={to} />
            )}
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{t('di-san.history.modal.close')}</Button>
          </Modal.Close>
        </Modal.Footer>
      </Modal.Content>
      {toRestore && <RestoreDialog version={toRestore} onCancel={() => setToRestore(null)} />}
    </Modal.Root>
  );
}
