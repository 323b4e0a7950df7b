/**
 * A synthetic Vietnamese catalogue: deterministic (seeded) CatalogueDocuments
 * with titles built from a word list with diacritics, and the groups, places,
 * months and facets that filters and facet counts work on.
 */
import { NO_EXPIRY } from '../../../src/access/levels';
import { ARCHIVE_TYPES } from '../../../src/content-model';
import type { CatalogueDocument, CatalogueType } from '../../../src/search/catalogue';

const GROUPS: Array<[string, string]> = [
  ['03', 'Thái'], ['08', "H'Mông"], ['01', 'Kinh'], ['10', 'Dao'], ['14', 'Khơ Mú'], ['17', 'Hà Nhì'], ['24', 'Lào'], ['02', 'Tày'],
  ['16', 'Giáy'], ['29', 'Kháng'], ['36', 'Xinh Mun'], ['04', 'Mường'], ['37', 'Lự'], ['51', 'Si La'], ['39', 'Phù Lá'], ['45', 'Cống'],
];
const PLACES: Array<[string, string]> = [
  ['03127', 'Mường Thanh'], ['03130', 'Thanh Minh'], ['03151', 'Mường Lay'], ['03199', 'Tủa Chùa'], ['03226', 'Tuần Giáo'],
  ['03253', 'Mường Chà'], ['03280', 'Nậm Pồ'], ['03316', 'Mường Nhé'], ['03334', 'Điện Biên Đông'], ['03356', 'Mường Ảng'],
  ['03370', 'Na Son'], ['03385', 'Pú Nhi'], ['03400', 'Sín Thầu'], ['03415', 'Chà Tở'], ['03430', 'Búng Lao'], ['03445', 'Ẳng Nưa'],
];
const HEADS = ['Lễ hội', 'Lễ cúng', 'Tết', 'Nghi lễ', 'Múa', 'Hát', 'Làn điệu', 'Nghề', 'Truyện kể', 'Phong tục', 'Trò chơi', 'Ảnh tư liệu', 'Ghi âm', 'Phim'];
const WORDS = [
  'hoa ban', 'xên bản', 'xên mường', 'xòe', 'cầu mưa', 'cơm mới', 'gội đầu', 'đón dâu', 'nhảy lửa', 'khèn', 'sáo', 'dệt thổ cẩm', 'rèn',
  'đan lát', 'mo then', 'tằng cẩu', 'cấp sắc', 'lên nhà mới', 'ném còn', 'đánh yến', 'tung còn', 'bánh dày', 'rượu cần', 'hạt thóc',
  'mùa xuân', 'bản làng', 'trăng rằm', 'nương rẫy', 'suối nguồn', 'núi đá', 'ruộng bậc thang', 'chợ phiên', 'đêm hội', 'tiếng khèn',
  'pang a', 'kin pang', 'hạn khuống', 'xíp xí', 'gầu tào', 'nào cống', 'tết nhảy', 'cúng rừng', 'thờ bản', 'bói gà', 'đẻ đất đẻ nước',
];
const TYPES: readonly CatalogueType[] = ARCHIVE_TYPES;
const HERITAGE = ['unesco-representative', 'unesco-urgent', 'national'];
const MEDIA = ['image', 'video', 'audio', 'document'];

/** Mulberry32: the same corpus on every run. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateCorpus(count: number, seed = 20240210): CatalogueDocument[] {
  const next = random(seed);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
  const docs: CatalogueDocument[] = [];
  for (let i = 0; i < count; i++) {
    const type = TYPES[i % TYPES.length];
    const [groupCode, group] = pick(GROUPS);
    const [placeCode, place] = pick(PLACES);
    const title = `${pick(HEADS)} ${pick(WORDS)} ${next() < 0.5 ? `của người ${group}` : pick(WORDS)} ${place}`;
    const description = `${title}. ${Array.from({ length: 12 }, () => pick(WORDS)).join(', ')}; ghi nhận tại ${place}, Điện Biên.`;
    const year = 1950 + Math.floor(next() * 75);
    const lunar = 1 + Math.floor(next() * 12);
    const documentId = `bench${i.toString(36).padStart(8, '0')}`;
    const locale = next() < 0.8 ? 'vi' : 'en';
    docs.push({
      id: `${type}-${documentId}-${locale}`,
      documentId,
      type,
      locale,
      accessLevel: next() < 0.85 ? 'public' : 'researcher',
      visibleUntil: NO_EXPIRY,
      slug: null,
      title,
      names: next() < 0.3 ? [`${pick(WORDS)} ${group}`] : [],
      taggedNames: [],
      hiddenNames: [],
      description,
      snippet: description.slice(0, 200),
      ethnicGroups: [group],
      ethnicGroupCodes: [groupCode],
      languages: [],
      languageCodes: [],
      places: [place],
      placeCodes: ['11', placeCode],
      lunarMonths: type === 'festival' ? [lunar] : [],
      solarMonths: type === 'festival' ? [((lunar % 12) + 1)] : [],
      heritage: next() < 0.1 ? [pick(HERITAGE)] : [],
      mediaKinds: next() < 0.5 ? [pick(MEDIA)] : [],
      year,
      decade: year - (year % 10),
      updatedAt: new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString(),
    });
  }
  return docs;
}

export const foldDiacritics = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

/** One changed letter in the first word of ≥ 6 letters (one typo is allowed from 6 letters). */
function withTypo(text: string): string {
  const words = foldDiacritics(text).split(' ');
  const i = words.findIndex((word) => word.length >= 6);
  if (i < 0) return `${words.join(' ')}x`;
  const word = words[i];
  words[i] = `${word.slice(0, 3)}${word[4]}${word[3]}${word.slice(5)}`;
  return words.join(' ');
}

export type QueryKind = 'plain' | 'no-diacritics' | 'typo' | 'filtered+facets';
export const QUERY_KINDS: QueryKind[] = ['plain', 'no-diacritics', 'typo', 'filtered+facets'];

const PLAIN = ['Lễ hội hoa ban', 'xên bản Mường Thanh', 'xòe Thái', 'tết nhảy', 'cấp sắc Dao', 'dệt thổ cẩm', 'ruộng bậc thang', 'Điện Biên Đông', 'hạn khuống', 'ném còn mùa xuân'];
const TYPO_SOURCES = ['Mường Thanh', 'thổ cẩm Thanh Minh', 'khuống', 'Điện Biên', 'Tuần Giáo', 'tiếng khèn', 'ruộng bậc thang', 'nương rẫy'];

/** The API query strings (what a visitor's browser sends) for each kind. */
export function queriesOf(kind: QueryKind): Array<Record<string, string>> {
  switch (kind) {
    case 'plain':
      return PLAIN.map((q) => ({ q }));
    case 'no-diacritics':
      return PLAIN.map((q) => ({ q: foldDiacritics(q).toLowerCase() }));
    case 'typo':
      return TYPO_SOURCES.map((q) => ({ q: withTypo(q) }));
    case 'filtered+facets':
      return PLAIN.map((q, i) => ({ q: q.split(' ').slice(0, 2).join(' '), type: 'festival,custom', ethnicGroup: GROUPS[i % 4][0], month: String((i % 12) + 1) }));
  }
}
