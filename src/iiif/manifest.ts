/**
 * A media item as a IIIF Presentation 3.0 Manifest (pure: no database, no
 * storage). One Canvas per processed file:
 * - image: the canvas has the full-resolution size; the painting body is the
 *   largest JPEG rendition with, when the run made tiles, a level 0 Image API
 *   service a viewer deep-zooms through;
 * - video / audio: the canvas has a duration (and a size for video); the
 *   painting body is a Choice of the MP4 (or M4A) and the HLS stream, the
 *   progressive file first because more viewers play it; captions and
 *   transcripts are `supplementing` annotations carrying their BCP 47
 *   language; the poster is the canvas's thumbnail.
 * Documents (PDF) are not painted: they are offered as a `rendering`.
 *
 * Input rows are as the site reader returns them (the access rule has run);
 * `urlOf` turns a storage key into the URL this caller may use.
 */
import type { FileRenditions, Renditions, StoredOutput } from '../media/renditions';
import { markdownToText } from '../search/documents/text';
import { languageMap, namesMap, viEn, type LanguageMap, type TaggedName } from './language-map';
import { imageServicePath, manifestPath } from './paths';
import { iiifRights, iiifRightsLabel } from './rights';

export const PRESENTATION_CONTEXT = 'http://iiif.io/api/presentation/3/context.json';

type Row = Record<string, unknown>;
export type IiifDocument = Record<string, unknown>;

export interface MediaItemVersions {
  /** The published Vietnamese version (every record has one). */
  vi: Row;
  /** The published English translation, when there is one. */
  en?: Row | null;
}

export interface ManifestContext {
  /** The public origin, e.g. https://disan.example.vn (no trailing slash). */
  origin: string;
  /** Storage key → URL this caller may fetch (absolute; signed for non-public items). */
  urlOf(key: string): string;
  /** The item's page on the site, per locale (absolute). */
  pageOf(locale: 'vi' | 'en'): string;
  /** The image service id for a file with tiles; by default the plain public one. */
  imageServiceOf?(fileId: number | string): string;
}

/** "Di Sản" as the archive names itself, and the attribution every statement ends with. */
const ARCHIVE = viEn('Kho lưu trữ Di Sản Điện Biên', 'Di Sản archive of Điện Biên');

const KIND_LABEL: Record<string, [string, string]> = {
  image: ['Ảnh', 'Photograph'],
  video: ['Video', 'Video'],
  audio: ['Bản ghi âm', 'Sound recording'],
  document: ['Tài liệu', 'Document'],
};

export function mediaItemManifest({ item, renditions, context }: { item: MediaItemVersions; renditions: Renditions; context: ManifestContext }): IiifDocument {
  const { vi, en } = item;
  const id = context.origin + manifestPath(String(vi.documentId));
  const files = renditions.files;
  const documentId = String(vi.documentId);
  const serviceOf = context.imageServiceOf ?? ((fileId: number | string) => context.origin + imageServicePath({ documentId, fileId }));
  const canvases = files.flatMap((file, index) => canvasOf({ file, canvasId: `${id}/canvas/${index + 1}`, context: { ...context, imageServiceOf: serviceOf } }));
  const documents = files.filter((file) => file.kind === 'document');
  const manifest: IiifDocument = {
    '@context': PRESENTATION_CONTEXT,
    id,
    type: 'Manifest',
    label: viEn(vi.title, en?.title),
    metadata: itemMetadata(item),
    requiredStatement: requiredStatement(vi),
    homepage: (['vi', 'en'] as const).map((locale) => ({
      id: context.pageOf(locale),
      type: 'Text',
      label: locale === 'vi' ? { vi: ['Trang tư liệu'] } : { en: ['Media item page'] },
      format: 'text/html',
      language: [locale],
    })),
    provider: [{ id: `${context.origin}/`, type: 'Agent', label: ARCHIVE }],
    items: canvases,
  };
  const summary = viEn(markdownToText(vi.description), markdownToText(en?.description));
  if (Object.keys(summary).length > 0) manifest.summary = summary;
  const rights = iiifRights(vi.rightsUri);
  if (rights) manifest.rights = rights;
  const thumbnail = canvases.find((canvas) => canvas.thumbnail)?.thumbnail;
  if (thumbnail) manifest.thumbnail = thumbnail;
  if (documents.length > 0) {
    manifest.rendering = documents.flatMap((file) => {
      const pdf = file.outputs.find((output) => output.role === 'document');
      return pdf ? [{ id: context.urlOf(pdf.key), type: 'Text', label: viEn(`Tài liệu: ${file.name}`, `Document: ${file.name}`), format: pdf.contentType }] : [];
    });
  }
  return manifest;
}

/**
 * Rights and attribution, the statement a viewer must show: the licence,
 * the rights holder and creator, and the archive.
 */
function requiredStatement(vi: Row): IiifDocument {
  const licence = iiifRightsLabel(vi.rightsUri);
  const holder = typeof vi.rightsHolder === 'string' && vi.rightsHolder.trim() ? vi.rightsHolder.trim() : undefined;
  const creator = typeof vi.creator === 'string' && vi.creator.trim() ? vi.creator.trim() : undefined;
  const line = (words: { licence: string; holder: string; creator: string; archive: string }) =>
    [licence && `${words.licence}: ${licence}`, holder && `${words.holder}: ${holder}`, creator && `${words.creator}: ${creator}`, words.archive]
      .filter(Boolean)
      .join('. ');
  return {
    label: viEn('Quyền và ghi công', 'Rights and attribution'),
    value: viEn(
      line({ licence: 'Giấy phép', holder: 'Chủ sở hữu quyền', creator: 'Tác giả', archive: ARCHIVE.vi[0] }),
      line({ licence: 'Licence', holder: 'Rights holder', creator: 'Creator', archive: ARCHIVE.en[0] }),
    ),
  };
}

const entry = (label: [string, string], value: LanguageMap) => ({ label: viEn(...label), value });

/** Linked records' names, per language, minority names included. */
function linkedNames(vi: unknown, en: unknown): LanguageMap {
  const list = (rows: unknown) => (Array.isArray(rows) ? (rows as Row[]) : rows && typeof rows === 'object' ? [rows as Row] : []);
  const enByDocument = new Map(list(en).map((row) => [row.documentId, row]));
  const maps = list(vi).map((row) =>
    namesMap({ vi: row.name, en: enByDocument.get(row.documentId)?.name, otherNames: row.otherNames as TaggedName[] | undefined }),
  );
  const merged: LanguageMap = {};
  for (const map of maps) for (const [tag, values] of Object.entries(map)) (merged[tag] ??= []).push(...values.filter((value) => !merged[tag]?.includes(value)));
  return merged;
}

function itemMetadata({ vi, en }: MediaItemVersions): IiifDocument[] {
  const kind = KIND_LABEL[String(vi.kind)];
  const entries = [
    kind && entry(['Loại', 'Kind'], viEn(...kind)),
    entry(['Tác giả', 'Creator'], languageMap([['none', vi.creator]])),
    entry(['Ngày', 'Date'], languageMap([['none', vi.date]])),
    entry(['Dân tộc', 'Ethnic groups'], linkedNames(vi.ethnicGroups, en?.ethnicGroups)),
    entry(['Lễ hội', 'Festivals'], linkedNames(vi.festivals, en?.festivals)),
    entry(['Phong tục', 'Customs'], linkedNames(vi.customs, en?.customs)),
    entry(['Ngôn ngữ', 'Languages'], linkedNames(vi.languages, en?.languages)),
    entry(['Địa danh', 'Place'], linkedNames(vi.place, en?.place)),
  ];
  return entries.filter((value): value is ReturnType<typeof entry> => Boolean(value) && Object.keys(value ? value.value : {}).length > 0);
}

function canvasOf({ file, canvasId, context }: { file: FileRenditions; canvasId: string; context: ManifestContext }): IiifDocument[] {
  if (file.kind === 'image') return imageCanvas({ file, canvasId, context });
  if (file.kind === 'video' || file.kind === 'audio') return timeCanvas({ file, canvasId, context });
  return [];
}

const first = (file: FileRenditions, role: string): StoredOutput | undefined => file.outputs.find((output) => output.role === role);

const painting = ({ canvasId, body }: { canvasId: string; body: IiifDocument }) => ({
  id: `${canvasId}/page`,
  type: 'AnnotationPage',
  items: [{ id: `${canvasId}/page/painting`, type: 'Annotation', motivation: 'painting', body, target: canvasId }],
});

const imageResource = (output: StoredOutput, urlOf: ManifestContext['urlOf']): IiifDocument => ({
  id: urlOf(output.key),
  type: 'Image',
  format: output.contentType,
  ...(output.width && output.height ? { width: output.width, height: output.height } : {}),
});

function imageCanvas({ file, canvasId, context }: { file: FileRenditions; canvasId: string; context: ManifestContext }): IiifDocument[] {
  const byWidth = (role: string) => file.outputs.filter((output) => output.role === role).sort((a, b) => (a.width ?? 0) - (b.width ?? 0));
  const shown = byWidth('jpeg').at(-1) ?? byWidth('webp').at(-1);
  if (!shown || !file.width || !file.height) return [];
  const body = imageResource(shown, context.urlOf);
  if (first(file, 'iiif-info')) {
    body.service = [{ id: context.imageServiceOf?.(file.fileId), type: 'ImageService3', profile: 'level0' }];
  }
  const small = byWidth('webp')[0] ?? shown;
  return [
    {
      id: canvasId,
      type: 'Canvas',
      label: languageMap([['none', file.name]]),
      width: file.width,
      height: file.height,
      thumbnail: [imageResource(small, context.urlOf)],
      items: [painting({ canvasId, body })],
    },
  ];
}

function timeCanvas({ file, canvasId, context }: { file: FileRenditions; canvasId: string; context: ManifestContext }): IiifDocument[] {
  const duration = file.durationSeconds;
  if (!duration || duration <= 0) return [];
  const isVideo = file.kind === 'video';
  const type = isVideo ? 'Video' : 'Sound';
  const progressive = first(file, isVideo ? 'mp4' : 'audio-m4a');
  const hls = first(file, 'hls-master');
  const size = isVideo && file.width && file.height ? { width: file.width, height: file.height } : {};
  const choices: IiifDocument[] = [];
  if (progressive) {
    const own = progressive.width && progressive.height ? { width: progressive.width, height: progressive.height } : size;
    choices.push({ id: context.urlOf(progressive.key), type, format: progressive.contentType, duration, ...own });
  }
  if (hls) choices.push({ id: context.urlOf(hls.key), type, format: 'application/vnd.apple.mpegurl', duration, ...size });
  if (choices.length === 0) return [];
  const body = choices.length === 1 ? choices[0] : { type: 'Choice', items: choices };
  const canvas: IiifDocument = {
    id: canvasId,
    type: 'Canvas',
    label: languageMap([['none', file.name]]),
    duration,
    ...size,
    items: [painting({ canvasId, body })],
  };
  const poster = first(file, 'poster-small') ?? first(file, 'poster');
  if (poster) canvas.thumbnail = [imageResource(poster, context.urlOf)];
  if (file.captions.length > 0) {
    canvas.annotations = [
      {
        id: `${canvasId}/captions`,
        type: 'AnnotationPage',
        items: file.captions.map((caption) => ({
          id: `${canvasId}/captions/${encodeURIComponent(caption.tag)}`,
          type: 'Annotation',
          motivation: 'supplementing',
          body: {
            id: context.urlOf(caption.key),
            type: 'Text',
            format: 'text/vtt',
            language: caption.tag,
            label: viEn(caption.label.vi, caption.label.en),
          },
          target: canvasId,
        })),
      },
    ];
  }
  return [canvas];
}
