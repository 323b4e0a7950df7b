/**
 * What the pipeline records on a media item. `renditions` is private (the
 * storage keys); `processing` is public; the REST output turns renditions
 * into URLs per request, after the access check.
 */
export type ProcessingState = 'queued' | 'processing' | 'ready' | 'failed';

export interface Processing {
  state: ProcessingState;
  /** 0–100. */
  progress: number;
  /** Why it failed, in words an officer can act on; null otherwise. */
  error: string | null;
  updatedAt: string;
}

export interface StoredOutput {
  key: string;
  role: string;
  contentType: string;
  width?: number;
  height?: number;
  bitrate?: number;
}

export interface FileRenditions {
  fileId: number;
  name: string;
  kind: 'video' | 'audio' | 'image' | 'document';
  sha256: string;
  outputs: StoredOutput[];
  captions: Array<{ tag: string; kind: string; label: { vi: string; en: string }; key: string }>;
  placeholder?: { thumbhash: string; dominantColor: string };
  durationSeconds?: number;
  width?: number;
  height?: number;
}

export interface Renditions {
  /** Id of the processing run that wrote these keys; older runs' keys are deleted once it is recorded. */
  run: string;
  processedAt: string;
  /** What the run was made from; a later save with the same inputs is not processed again. */
  inputs: string;
  files: FileRenditions[];
}

export const processingState = (state: ProcessingState, progress: number, error: string | null = null): Processing => ({
  state,
  progress: Math.max(0, Math.min(100, Math.round(progress))),
  error,
  updatedAt: new Date().toISOString(),
});

/**
 * One line for the admin's list view, Vietnamese first (officers read it) and
 * English after the slash, e.g. "đang xử lý 45% / processing 45%" or
 * "lỗi / failed: …" (the reason is already worded for the officer).
 */
export function processingSummary(processing: Processing | null, noticeCount = 0): string | null {
  if (!processing) return null;
  if (processing.state === 'processing') return `đang xử lý ${processing.progress}% / processing ${processing.progress}%`;
  if (processing.state === 'failed') return `lỗi / failed: ${processing.error ?? ''}`.slice(0, 255);
  if (processing.state === 'ready' && noticeCount > 0) {
    return `xong, ${noticeCount} cảnh báo (xem Thông báo xử lý) / ready, ${noticeCount} notice${noticeCount > 1 ? 's' : ''}`;
  }
  return processing.state === 'ready' ? 'xong / ready' : 'đang chờ / queued';
}
