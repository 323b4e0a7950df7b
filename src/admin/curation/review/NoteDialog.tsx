/**
 * The dialog behind each review button: what will happen, and a note (the
 * officer's note on submit, the curator's comment on a request for changes —
 * required there, as the server requires it).
 */
import * as React from 'react';
import { Button, Dialog, Field, Textarea, Typography } from '@strapi/design-system';
import { useText } from '../shared/use-text';
import { MAX_NOTE_LENGTH, type ReviewAction } from './api';
import { vi } from './translations';

const TEXT = {
  submit: {
    title: 'di-san.review.dialog.submit.title',
    body: 'di-san.review.dialog.submit.body',
    note: 'di-san.review.dialog.submit.note',
    hint: 'di-san.review.dialog.submit.hint',
    confirm: 'di-san.review.submit',
  },
  approve: {
    title: 'di-san.review.dialog.approve.title',
    body: 'di-san.review.dialog.approve.body',
    note: 'di-san.review.dialog.approve.note',
    hint: undefined,
    confirm: 'di-san.review.approve',
  },
  'request-changes': {
    title: 'di-san.review.dialog.request.title',
    body: 'di-san.review.dialog.request.body',
    note: 'di-san.review.dialog.request.note',
    hint: 'di-san.review.dialog.request.hint',
    confirm: 'di-san.review.requestChanges',
  },
} as const;

interface Props {
  action: ReviewAction;
  /** The locale's name, for the dialog's explanation. */
  localeLabel: string;
  busy: boolean;
  onCancel(): void;
  /** Resolves true when the action succeeded (the dialog then closes). */
  onConfirm(note: string): Promise<boolean>;
}

export const NoteDialog = ({ action, localeLabel, busy, onCancel, onConfirm }: Props) => {
  const { t } = useText(vi);
  const text = TEXT[action];
  const [note, setNote] = React.useState('');
  const [error, setError] = React.useState<string | undefined>();
  const required = action === 'request-changes';

  const confirm = async () => {
    const trimmed = note.trim();
    if (required && !trimmed) return setError(t('di-san.review.dialog.request.required'));
    if (trimmed.length > MAX_NOTE_LENGTH) return setError(t('di-san.review.dialog.tooLong', { max: MAX_NOTE_LENGTH }));
    setError(undefined);
    await onConfirm(trimmed);
  };

  return (
    <Dialog.Root open onOpenChange={(open) => !open && !busy && onCancel()}>
      <Dialog.Content>
        <Dialog.Header>{t(text.title)}</Dialog.Header>
        <Dialog.Body>
          <Typography tag="p" textAlign="left" width="100%" paddingBottom={3}>
            {t(text.body, { locale: localeLabel })}
          </Typography>
          <Field.Root name="di-san-review-note" required={required} error={error} hint={text.hint ? t(text.hint) : undefined} width="100%">
            <Field.Label>{t(text.note)}</Field.Label>
            <Textarea value={note} maxLength={MAX_NOTE_LENGTH} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setNote(event.target.value)} />
            <Field.Hint />
            <Field.Error />
          </Field.Root>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button fullWidth variant="tertiary" disabled={busy}>
              {t('di-san.review.cancel')}
            </Button>
          </Dialog.Cancel>
          {/* Not Dialog.Action: that closes at once; the dialog stays open until the server answers. */}
          <Button fullWidth variant={action === 'request-changes' ? 'danger-light' : 'default'} loading={busy} onClick={confirm}>
            {t(text.confirm)}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};
