/**
 * Media items for the public-site tests, made the way officers make them:
 * upload in the admin, attach to a media item through the content-manager
 * API, wait until the pipeline is done, publish as a curator.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TestApp } from './app';
import { makeVideo } from './media-fixtures';
import { adminJwt } from './people';
import { uidOf } from '../../src/content-model';

const CM = `/content-manager/collection-types/${uidOf('media-item')}`;
const RIGHTS = 'https://creativecommons.org/licenses/by-nc-sa/4.0/';
const PUBLIC_CONSENT = { givenBy: 'Bản Noong Hẹt', scope: 'public', givenOn: '2025-03-01' };

/** Lines of the audio transcript: the browser tests click the third one. */
export const TRANSCRIPT_LINES = [
  { start: 0.5, end: 2.5, text: 'Xin chào bà con trong bản' },
  { start: 3, end: 5.5, text: 'Hôm nay bản làm lễ cúng' },
  { start: 6, end: 8.5, text: 'Thầy mo đọc lời khấn thần bản' },
  { start: 9, end: 11.5, text: 'Cảm ơn mọi người đã đến' },
];

const srtTime = (seconds: number) => {
  const ms = Math.round(seconds * 1000);
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)},${pad(ms % 1000, 3)}`;
};

export function writeSrt(file: string, cues: Array<{ start: number; end: number; text: string }>): string {
  writeFileSync(file, cues.map((cue, i) => `${i + 1}\n${srtTime(cue.start)} --> ${srtTime(cue.end)}\n${cue.text}\n`).join('\n'));
  return file;
}

function makeTone(file: string, seconds: number): string {
  execFileSync(process.env.FFMPEG_PATH || 'ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', `sine=frequency=330:duration=${seconds}`, '-ac', '1', file]);
  return file;
}

export interface MediaMaker {
  video(options: { title: string; festival?: string; seconds?: number }): Promise<string>;
  audio(options: { title: string; cues?: Array<{ start: number; end: number; text: string }>; seconds?: number }): Promise<string>;
}

export async function mediaMaker(app: TestApp, dir: string): Promise<MediaMaker> {
  const officer = await adminJwt(app, 'di-san-cultural-officer');
  const curator = await adminJwt(app, 'di-san-curator');
  let counter = 0;

  const upload = async (file: string) => {
    const response = await app.http().post('/upload').set('Authorization', `Bearer ${officer}`).attach('files', file, path.basename(file));
    if (response.status !== 201) throw new Error(`upload of ${file}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body[0].id as number;
  };
  /** Every queued job run, the item's processing among them; then it must be ready. */
  const settle = async (documentId: string, seconds = 180) => {
    await app.drain({ timeoutSeconds: seconds });
    const row = await app.strapi.db.query(uidOf('media-item')).findOne({ where: { documentId }, select: ['processing'] });
    const state = row?.processing?.state;
    if (state === 'failed') throw new Error(`media item ${documentId} failed: ${row.processing.error}`);
    if (state !== 'ready') throw new Error(`media item ${documentId} still ${JSON.stringify(row?.processing)} once the queue drained`);
  };
  const createPublished = async (data: Record<string, unknown>) => {
    const created = await app.http().post(`${CM}?locale=vi`).set('Authorization', `Bearer ${officer}`).send(data);
    if (created.status !== 201) throw new Error(`create media item: ${created.status} ${JSON.stringify(created.body)}`);
    const documentId = created.body.data.documentId as string;
    await settle(documentId);
    const published = await app.http().post(`${CM}/${documentId}/actions/publish?locale=vi`).set('Authorization', `Bearer ${curator}`).send({});
    if (published.status !== 200) throw new Error(`publish media item: ${published.status} ${JSON.stringify(published.body)}`);
    return documentId;
  };

  return {
    async video({ title, festival, seconds = 12 }) {
      const n = ++counter;
      const video = await upload(makeVideo(dir, `le-hoi-${n}.mp4`, { seconds }));
      const captions = await upload(
        writeSrt(path.join(dir, `phu-de-${n}.srt`), [
          { start: 0.5, end: 3, text: 'Xin chào bà con bản Noong Hẹt' },
          { start: 3.5, end: 7, text: 'Lễ hội bắt đầu từ sáng sớm' },
          { start: 7.5, end: seconds - 0.5, text: 'Cả bản cùng múa xòe' },
        ]),
      );
      return createPublished({
        title,
        kind: 'video',
        rightsUri: RIGHTS,
        accessLevel: 'public',
        consent: PUBLIC_CONSENT,
        files: [video],
        captions: [{ tag: 'vi', kind: 'subtitles', file: captions }],
        ...(festival && { festivals: { connect: [{ documentId: festival, locale: 'vi' }] } }),
      });
    },
    async audio({ title, cues = TRANSCRIPT_LINES, seconds = 12 }) {
      const n = ++counter;
      const audio = await upload(makeTone(path.join(dir, `ghi-am-${n}.wav`), seconds));
      const transcript = await upload(writeSrt(path.join(dir, `loi-${n}.srt`), cues));
      return createPublished({
        title,
        kind: 'audio',
        rightsUri: RIGHTS,
        accessLevel: 'public',
        consent: PUBLIC_CONSENT,
        files: [audio],
        captions: [{ tag: 'vi', kind: 'transcript', file: transcript }],
      });
    },
  };
}
