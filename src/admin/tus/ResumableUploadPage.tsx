/**
 * Resumable upload page: an officer picks a file (and optionally the media
 * item it belongs to) and sends it over tus to /api/tus. tus-js-client keeps
 * the upload's URL in localStorage under a fingerprint of the file, so after a
 * dropped link, a closed tab or a reboot, picking the same file continues from
 * the server's offset instead of starting again.
 */
import * as React from 'react';
import { Alert, Box, Button, Field, Flex, Link, ProgressBar, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { Layouts, Page, attemptTokenRefresh, useAuth, useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { DetailedError, Upload } from 'tus-js-client';
import { vi, type TusMessageId } from './translations';
import { uidOf } from '../../content-model';

const MEDIA_ITEM = uidOf('media-item');
/** Bytes per PATCH: one S3 part, about a minute on a 1 Mbit/s link; a drop loses at most the unsent rest of it. */
const CHUNK_BYTES = 8 * 1024 * 1024;
/** Milliseconds between retries on a flaky link; after the last, the officer presses Resume. */
const RETRY_DELAYS = [0, 3_000, 10_000, 30_000, 60_000, 120_000, 300_000];

type Status =
  | { kind: 'idle' }
  | { kind: 'uploading'; sent: number; total: number; note?: TusMessageId; resumedAt?: number }
  | { kind: 'paused'; sent: number; total: number }
  | { kind: 'done'; fileId: string; mediaItem?: string }
  | { kind: 'failed'; code: string; message: string };

interface MediaItemOption {
  documentId: string;
  title: string;
}

const formatBytes = (bytes: number) => {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`;
};

/** Where the API is: set by the admin at boot (not in its public types); same origin otherwise. */
const backendUrl = () => (window as unknown as { strapi?: { backendURL?: string } }).strapi?.backendURL || window.location.origin;

/** The server's error code (see src/tus/messages.ts), read from a tus-js-client error. */
function errorCodeOf(error: Error): { code: string; message: string; status?: number } {
  if (error instanceof DetailedError && error.originalResponse) {
    const status = error.originalResponse.getStatus();
    try {
      const body = JSON.parse(error.originalResponse.getBody()) as { error?: { message?: string; details?: { code?: string } } };
      return { code: body.error?.details?.code ?? 'unknown', message: body.error?.message ?? error.message, status };
    } catch {
      return { code: status === 401 ? 'sign-in-required' : 'unknown', message: error.message, status };
    }
  }
  return { code: 'unknown', message: error.message };
}

const ResumableUploadPage = () => {
  const { formatMessage } = useIntl();
  const t = (id: TusMessageId, values?: Record<string, string | number>) => formatMessage({ id, defaultMessage: vi[id] }, values);
  const token = useAuth('ResumableUploadPage', (state) => state.token);
  const tokenRef = React.useRef(token);
  tokenRef.current = token;
  const refreshing = React.useRef<Promise<string | null> | null>(null);
  const { get } = useFetchClient();

  const [file, setFile] = React.useState<File | null>(null);
  const [mediaItems, setMediaItems] = React.useState<MediaItemOption[]>([]);
  const [mediaItem, setMediaItem] = React.useState<string>('');
  const [captionTag, setCaptionTag] = React.useState('');
  const [status, setStatus] = React.useState<Status>({ kind: 'idle' });
  const uploadRef = React.useRef<Upload | null>(null);

  React.useEffect(() => {
    get<{ results: MediaItemOption[] }>(`/content-manager/collection-types/${MEDIA_ITEM}`, {
      params: { page: 1, pageSize: 100, sort: 'updatedAt:DESC' },
    })
      .then(({ data }) => setMediaItems(data.results.map(({ documentId, title }) => ({ documentId, title }))))
      .catch(() => setMediaItems([]));
  }, [get]);

  // Back online: carry on without waiting for the next retry delay.
  React.useEffect(() => {
    const onOnline = () => {
      if (uploadRef.current && status.kind === 'uploading') uploadRef.current.start();
    };
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [status.kind]);

  // Leaving the page pauses (the server keeps what it has; coming back resumes).
  React.useEffect(() => () => void uploadRef.current?.abort(), []);

  const start = async () => {
    if (!file) return;
    const upload = new Upload(file, {
      endpoint: `${backendUrl()}/api/tus`,
      chunkSize: CHUNK_BYTES,
      retryDelays: RETRY_DELAYS,
      removeFingerprintOnSuccess: true,
      metadata: {
        filename: file.name,
        filetype: file.type || 'application/octet-stream',
        ...(mediaItem ? { mediaItem } : {}),
        ...(mediaItem && captionTag.trim() ? { captionTag: captionTag.trim() } : {}),
      },
      headers: { 'Accept-Language': navigator.language },
      // Admin access tokens are short-lived: use the newest, refreshed after a 401.
      async onBeforeRequest(request) {
        const fresh = refreshing.current ? await refreshing.current : tokenRef.current;
        if (fresh) request.setHeader('Authorization', `Bearer ${fresh}`);
      },
      onShouldRetry(error, attempt) {
        const status = error.originalResponse?.getStatus() ?? 0;
        if (status === 401 && attempt < 2) {
          refreshing.current = attemptTokenRefresh(tokenRef.current).catch(() => null);
          return true;
        }
        const isClientError = status >= 400 && status < 500 && status !== 409 && status !== 423;
        if (!isClientError) setStatus((s) => (s.kind === 'uploading' ? { ...s, note: navigator.onLine ? 'di-san.tus.retrying' : 'di-san.tus.offline' } : s));
        return !isClientError;
      },
      onProgress(sent, total) {
        setStatus((s) => ({ kind: 'uploading', sent, total, resumedAt: s.kind === 'uploading' ? s.resumedAt : undefined }));
      },
      onSuccess({ lastResponse }) {
        uploadRef.current = null;
        setStatus({
          kind: 'done',
          fileId: lastResponse.getHeader('Di-San-File-Id') ?? '?',
          mediaItem: lastResponse.getHeader('Di-San-Media-Item') ?? undefined,
        });
      },
      onError(error) {
        const { code, message } = errorCodeOf(error);
        setStatus({ kind: 'failed', code, message });
      },
    });
    uploadRef.current = upload;
    // The same file picked again (same name, size, date): continue the earlier upload.
    const previous = await upload.findPreviousUploads();
    if (previous.length > 0) {
      previous.sort((a, b) => Date.parse(b.creationTime) - Date.parse(a.creationTime));
      upload.resumeFromPreviousUpload(previous[0]);
    }
    setStatus({ kind: 'uploading', sent: 0, total: file.size, resumedAt: previous.length > 0 ? 0 : undefined });
    upload.start();
  };

  const pause = async () => {
    await uploadRef.current?.abort();
    setStatus((s) => (s.kind === 'uploading' ? { kind: 'paused', sent: s.sent, total: s.total } : s));
  };
  const resume = () => {
    if (!uploadRef.current) return start();
    setStatus((s) => (s.kind === 'paused' ? { kind: 'uploading', sent: s.sent, total: s.total } : s));
    uploadRef.current.start();
  };

  const percent = status.kind === 'uploading' || status.kind === 'paused' ? Math.floor((status.sent / Math.max(status.total, 1)) * 100) : 0;
  const isBusy = status.kind === 'uploading';

  return (
    <Page.Main>
      <Page.Title>{t('di-san.tus.menu')}</Page.Title>
      <Layouts.Header title={t('di-san.tus.title')} subtitle={t('di-san.tus.subtitle')} />
      <Layouts.Content>
        <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
          <Flex direction="column" alignItems="stretch" gap={5}>
            <Field.Root name="file" hint={t('di-san.tus.file.hint')}>
              <Field.Label>{t('di-san.tus.file')}</Field.Label>
              <input
                type="file"
                accept="video/*,audio/*,image/*,application/pdf,.srt,.vtt"
                disabled={isBusy}
                onChange={(event) => {
                  setFile(event.target.files?.[0] ?? null);
                  uploadRef.current = null;
                  setStatus({ kind: 'idle' });
                }}
              />
              <Field.Hint />
            </Field.Root>

            <Field.Root name="mediaItem" hint={t('di-san.tus.mediaItem.hint')}>
              <Field.Label>{t('di-san.tus.mediaItem')}</Field.Label>
              <SingleSelect value={mediaItem} disabled={isBusy} onChange={(value: string | number) => setMediaItem(String(value))}>
                <SingleSelectOption value="">{t('di-san.tus.mediaItem.none')}</SingleSelectOption>
                {mediaItems.map((item) => (
                  <SingleSelectOption key={item.documentId} value={item.documentId}>
                    {item.title}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
              <Field.Hint />
            </Field.Root>

            {mediaItem && (
              <Field.Root name="captionTag">
                <Field.Label>{t('di-san.tus.captionTag')}</Field.Label>
                <TextInput value={captionTag} disabled={isBusy} placeholder="vi" onChange={(event: React.ChangeEvent<HTMLInputElement>) => setCaptionTag(event.target.value)} />
              </Field.Root>
            )}

            <Flex gap={2}>
              {status.kind === 'uploading' ? (
                <Button variant="secondary" onClick={pause}>
                  {t('di-san.tus.pause')}
                </Button>
              ) : status.kind === 'paused' || (status.kind === 'failed' && uploadRef.current) ? (
                <Button onClick={resume}>{t('di-san.tus.resume')}</Button>
              ) : (
                <Button disabled={!file} onClick={start}>
                  {t('di-san.tus.start')}
                </Button>
              )}
            </Flex>

            {(status.kind === 'uploading' || status.kind === 'paused') && (
              <Flex direction="column" alignItems="stretch" gap={2} aria-live="polite">
                <ProgressBar value={percent} />
                <Typography>{t('di-san.tus.progress', { percent, sent: formatBytes(status.sent), total: formatBytes(status.total) })}</Typography>
                {status.kind === 'uploading' && status.resumedAt !== undefined && status.sent > 0 && (
                  <Typography textColor="neutral600">{t('di-san.tus.resuming', { percent })}</Typography>
                )}
                {status.kind === 'uploading' && status.note && <Typography textColor="warning600">{t(status.note)}</Typography>}
                {status.kind === 'paused' && <Typography textColor="neutral600">{t('di-san.tus.paused')}</Typography>}
              </Flex>
            )}

            {status.kind === 'done' && (
              <Alert variant="success" closeLabel="OK" title="">
                {t(status.mediaItem ? 'di-san.tus.done.attached' : 'di-san.tus.done', { fileId: status.fileId })}{' '}
                {status.mediaItem && (
                  <Link href={`/admin/content-manager/collection-types/${MEDIA_ITEM}/${status.mediaItem}`}>{t('di-san.tus.openItem')}</Link>
                )}
              </Alert>
            )}

            {status.kind === 'failed' && (
              <Alert variant="danger" closeLabel="OK" title="">
                {`di-san.tus.error.${status.code}` in vi && status.code !== 'unknown'
                  ? t(`di-san.tus.error.${status.code}` as TusMessageId)
                  : t('di-san.tus.error.unknown', { message: status.message })}
              </Alert>
            )}
          </Flex>
        </Box>
      </Layouts.Content>
    </Page.Main>
  );
};

export default ResumableUploadPage;
