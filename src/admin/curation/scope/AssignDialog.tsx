import * as React from 'react';
import { Box, Button, Field, Modal, MultiSelect, MultiSelectOption, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { errorText } from '../shared/errors';
import { useText } from '../shared/use-text';
import type { Commune, Officer } from './ScopePage';
import { vi } from './text';

interface Props {
  officer: Officer;
  communes: Commune[];
  onClose: () => void;
  onSaved: (officer: Officer) => void;
}

/** Picks an officer's communes; the server replaces the whole list, or changes nothing and says which value it refused. */
export function AssignDialog({ officer, communes, onClose, onSaved }: Props) {
  const { t, language } = useText(vi);
  const { put } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [picked, setPicked] = React.useState<string[]>(officer.communes.map((c) => c.documentId));
  const [busy, setBusy] = React.useState(false);
  const [problem, setProblem] = React.useState<string | null>(null);
  const name = officer.name || officer.email;

  const save = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const { data } = await put<{ data: Officer }>(`/di-san/scope/officers/${officer.id}`, { communes: picked });
      toggleNotification({ type: 'success', message: t('di-san.scope.saved', { name }) });
      onSaved(data.data);
    } catch (error) {
      setProblem(errorText(error, language));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal.Root open onOpenChange={(open: boolean) => (open ? undefined : onClose())}>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{t('di-san.scope.edit.title', { name })}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Field.Root name="communes" hint={t('di-san.scope.pick.hint')}>
            <Field.Label>{t('di-san.scope.pick')}</Field.Label>
            <MultiSelect withTags value={picked} onChange={(value: string[]) => setPicked(value)} placeholder={t('di-san.scope.pick')}>
              {communes.map((commune) => (
                <MultiSelectOption key={commune.documentId} value={commune.documentId}>
                  {commune.kind === 'ward' ? `${commune.name} (${t('di-san.scope.ward')})` : commune.name}
                </MultiSelectOption>
              ))}
            </MultiSelect>
            <Field.Hint />
          </Field.Root>
          {problem ? (
            <Box role="alert" background="danger100" padding={3} marginTop={4} hasRadius>
              <Typography textColor="danger700">{problem}</Typography>
            </Box>
          ) : null}
        </Modal.Body>
        <Modal.Footer>
          <Button variant="tertiary" onClick={onClose}>{t('di-san.scope.cancel')}</Button>
          <Button onClick={save} loading={busy}>{t('di-san.scope.save')}</Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
}
