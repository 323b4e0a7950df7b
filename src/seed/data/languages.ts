/**
 * Languages of the ethnic groups present in Điện Biên, keyed by ISO 639-3.
 *
 * Scope: exactly the codes in the "Languages (ISO 639-3)" table of
 * /work/shared/research/dien-bien-heritage.md. Codes marked "?" there
 * (phh, pcc) carry an uncertainty.
 *
 * Conventions:
 * - `bcp47` is the shortest valid tag: the ISO 639-1 code where one exists
 *   ('lo', 'vi'), otherwise the ISO 639-3 code. Scripts are NOT folded into
 *   the tag; they are listed separately in `scripts` (ISO 15924).
 * - `scripts` lists scripts actually used for the language; the first entry
 *   is the one most used in Vietnam today. For languages without an
 *   established orthography we list 'Latn' (Vietnamese-based transcription,
 *   as used in ethnographic and local publications) and say so in
 *   `uncertainties`.
 * - `speakingGroups` are GSO codes from Decision 121-TCTK/PPCĐ (1979), see
 *   ./ethnic-groups.ts.
 * - `vitality` is only filled where the statement is safe without a survey.
 */
import type { LanguageSeed, SourceRef } from '../types';

const ACCESSED_ON = '2026-11-29';

/** The SIL ISO 639-3 registration-authority page for a code. */
function iso6393Page(code: string, name: string): SourceRef {
  return {
    url: `https://iso639-3.sil.org/code/${code}`,
    title: `ISO 639-3: ${code} (${name})`,
    publisher: 'SIL International (ISO 639-3 Registration Authority)',
    accessedOn: ACCESSED_ON,
  };
}

const FAMILY_TAI = { vi: 'Tày–Thái (Kra–Dai)', en: 'Tai (Kra–Dai)' };
const FAMILY_HMONGIC = { vi: 'H\'Mông (H\'Mông–Dao)', en: 'Hmongic (Hmong–Mien)' };
const FAMILY_MIENIC = { vi: 'Dao (H\'Mông–Dao)', en: 'Mienic (Hmong–Mien)' };
const FAMILY_MON_KHMER = { vi: 'Môn–Khmer (Nam Á)', en: 'Mon–Khmer (Austroasiatic)' };
const FAMILY_VIET_MUONG = { vi: 'Việt–Mường (Nam Á)', en: 'Vietic (Austroasiatic)' };
const FAMILY_TIBETO_BURMAN = { vi: 'Tạng–Miến (Hán–Tạng)', en: 'Tibeto-Burman (Sino-Tibetan)' };

/** Shared note for languages with no established writing system. */
const NO_STANDARD_ORTHOGRAPHY = {
  field: 'scripts',
  note: {
    vi: 'Chưa xác nhận được hệ chữ viết chuẩn; "Latn" chỉ phiên âm bằng chữ Latinh kiểu tiếng Việt trong tài liệu dân tộc học và địa phương.',
    en: 'No established orthography confirmed; "Latn" stands for Vietnamese-style Latin transcription used in ethnographic and local publications.',
  },
};

export const languages: LanguageSeed[] = [
  {
    iso6393: 'blt',
    bcp47: 'blt',
    name: { vi: 'Tiếng Thái Đen', en: 'Tai Dam (Black Tai)' },
    family: FAMILY_TAI,
    // Tai Viet script (ISO 15924 Tavt) is the traditional script; Latin
    // transcription is common in print.
    scripts: ['Tavt', 'Latn'],
    speakingGroups: ['03'],
    sources: [iso6393Page('blt', 'Tai Dam')],
  },
  {
    iso6393: 'twh',
    bcp47: 'twh',
    name: { vi: 'Tiếng Thái Trắng', en: 'Tai Dón (White Tai)' },
    family: FAMILY_TAI,
    scripts: ['Tavt', 'Latn'],
    speakingGroups: ['03'],
    sources: [iso6393Page('twh', 'Tai Dón')],
  },
  {
    iso6393: 'hmn',
    bcp47: 'hmn',
    name: { vi: 'Tiếng H\'Mông', en: 'Hmong (macrolanguage)' },
    family: FAMILY_HMONGIC,
    // In Vietnam the Hmong are written in Latin script (the Vietnamese-based
    // 1961 orthography and the RPA). Pahawh (Hmng) and Nyiakeng Puachue
    // (Hmnp) are used mainly outside Vietnam.
    scripts: ['Latn', 'Hmng', 'Hmnp'],
    speakingGroups: ['08'],
    sources: [iso6393Page('hmn', 'Hmong')],
  },
  {
    iso6393: 'mww',
    bcp47: 'mww',
    name: { vi: 'Tiếng H\'Mông Trắng (Hmong Daw)', en: 'Hmong Daw (White Hmong)' },
    family: FAMILY_HMONGIC,
    scripts: ['Latn', 'Hmng', 'Hmnp'],
    speakingGroups: ['08'],
    sources: [iso6393Page('mww', 'Hmong Daw')],
  },
  {
    iso6393: 'hnj',
    bcp47: 'hnj',
    name: { vi: 'Tiếng H\'Mông Xanh (Hmong Njua)', en: 'Hmong Njua (Green/Blue Hmong)' },
    family: FAMILY_HMONGIC,
    scripts: ['Latn', 'Hmng', 'Hmnp'],
    speakingGroups: ['08'],
    sources: [iso6393Page('hnj', 'Hmong Njua')],
  },
  {
    iso6393: 'ium',
    bcp47: 'ium',
    name: { vi: 'Tiếng Dao (Iu Mien)', en: 'Iu Mien' },
    family: FAMILY_MIENIC,
    // Hani: ritual books in Han characters (Nôm Dao).
    scripts: ['Latn', 'Hani'],
    speakingGroups: ['09'],
    sources: [iso6393Page('ium', 'Iu Mien')],
  },
  {
    iso6393: 'mji',
    bcp47: 'mji',
    name: { vi: 'Tiếng Dao (Kim Mun)', en: 'Kim Mun' },
    family: FAMILY_MIENIC,
    scripts: ['Latn', 'Hani'],
    speakingGroups: ['09'],
    sources: [iso6393Page('mji', 'Kim Mun')],
  },
  {
    iso6393: 'kjg',
    bcp47: 'kjg',
    name: { vi: 'Tiếng Khơ Mú', en: 'Khmu' },
    family: { vi: 'Khơ Mú, Môn–Khmer (Nam Á)', en: 'Khmuic, Mon–Khmer (Austroasiatic)' },
    // Latin in Vietnam; Lao script is used for Khmu in Laos.
    scripts: ['Latn', 'Laoo'],
    speakingGroups: ['29'],
    sources: [iso6393Page('kjg', 'Khmu')],
  },
  {
    iso6393: 'hni',
    bcp47: 'hni',
    name: { vi: 'Tiếng Hà Nhì', en: 'Hani' },
    family: FAMILY_TIBETO_BURMAN,
    // The Hani Latin orthography is from China; use in Vietnam is limited.
    scripts: ['Latn'],
    speakingGroups: ['35'],
    sources: [iso6393Page('hni', 'Hani')],
  },
  {
    iso6393: 'lao',
    bcp47: 'lo',
    name: { vi: 'Tiếng Lào', en: 'Lao' },
    family: FAMILY_TAI,
    scripts: ['Laoo'],
    vitality: {
      vi: 'Ngôn ngữ quốc gia của Lào; ở Việt Nam do cộng đồng người Lào sử dụng.',
      en: 'National language of Laos; in Vietnam spoken by the Lào community.',
    },
    speakingGroups: ['37'],
    sources: [iso6393Page('lao', 'Lao')],
  },
  {
    iso6393: 'kjm',
    bcp47: 'kjm',
    name: { vi: 'Tiếng Kháng', en: 'Kháng' },
    family: FAMILY_MON_KHMER,
    scripts: ['Latn'],
    speakingGroups: ['33'],
    sources: [iso6393Page('kjm', 'Kháng')],
    uncertainties: [NO_STANDARD_ORTHOGRAPHY],
  },
  {
    iso6393: 'cnc',
    bcp47: 'cnc',
    name: { vi: 'Tiếng Cống', en: 'Côông (Cống)' },
    family: FAMILY_TIBETO_BURMAN,
    scripts: ['Latn'],
    speakingGroups: ['48'],
    sources: [iso6393Page('cnc', 'Côông')],
    uncertainties: [NO_STANDARD_ORTHOGRAPHY],
  },
  {
    iso6393: 'slt',
    bcp47: 'slt',
    name: { vi: 'Tiếng Si La', en: 'Sila' },
    family: FAMILY_TIBETO_BURMAN,
    scripts: ['Latn'],
    speakingGroups: ['50'],
    sources: [iso6393Page('slt', 'Sila')],
    uncertainties: [NO_STANDARD_ORTHOGRAPHY],
  },
  {
    iso6393: 'phh',
    bcp47: 'phh',
    name: { vi: 'Tiếng Phù Lá', en: 'Phukha (Phù Lá)' },
    family: FAMILY_TIBETO_BURMAN,
    scripts: ['Latn'],
    speakingGroups: ['40'],
    sources: [iso6393Page('phh', 'Phukha')],
    uncertainties: [
      {
        field: 'iso6393',
        note: {
          vi: 'Chưa chắc mã phh (Phukha) có đúng với tiếng Phù Lá ở Điện Biên hay không: người Phù Lá gồm nhiều nhóm địa phương có thể nói các ngôn ngữ Lô Lô khác nhau, mỗi ngôn ngữ một mã.',
          en: 'Unconfirmed that phh (Phukha) is the right code for the Phù Lá of Điện Biên: the Phù Lá include several local groups that may speak different Loloish languages with different codes.',
        },
      },
      NO_STANDARD_ORTHOGRAPHY,
    ],
  },
  {
    iso6393: 'khb',
    bcp47: 'khb',
    name: { vi: 'Tiếng Lự', en: 'Lü (Tai Lue)' },
    family: FAMILY_TAI,
    // Lana = Tai Tham (traditional script); Talu = New Tai Lue (simplified
    // script introduced in China in the 1950s).
    scripts: ['Lana', 'Talu'],
    speakingGroups: ['42'],
    sources: [iso6393Page('khb', 'Lü')],
    uncertainties: [
      {
        field: 'scripts',
        note: {
          vi: 'Chữ Tai Tham (Lana) là chữ truyền thống của người Lự; chữ Lự mới (Talu) chủ yếu dùng ở Trung Quốc. Chưa xác nhận mức độ sử dụng từng loại chữ của người Lự ở Việt Nam.',
          en: 'Tai Tham (Lana) is the traditional Lü script; New Tai Lue (Talu) is used mainly in China. How far the Lự in Vietnam use either script is not confirmed.',
        },
      },
    ],
  },
  {
    iso6393: 'puo',
    bcp47: 'puo',
    name: { vi: 'Tiếng Xinh Mun', en: 'Puoc (Xinh Mun)' },
    family: FAMILY_MON_KHMER,
    scripts: ['Latn'],
    speakingGroups: ['34'],
    sources: [iso6393Page('puo', 'Puoc')],
    uncertainties: [NO_STANDARD_ORTHOGRAPHY],
  },
  {
    iso6393: 'tyz',
    bcp47: 'tyz',
    name: { vi: 'Tiếng Tày', en: 'Tày' },
    family: FAMILY_TAI,
    // Latin (1961 orthography); Hani: Nôm Tày, the older character script.
    scripts: ['Latn', 'Hani'],
    speakingGroups: ['02'],
    sources: [iso6393Page('tyz', 'Tày')],
  },
  {
    iso6393: 'nut',
    bcp47: 'nut',
    name: { vi: 'Tiếng Nùng', en: 'Nung' },
    family: FAMILY_TAI,
    scripts: ['Latn', 'Hani'],
    speakingGroups: ['07'],
    sources: [iso6393Page('nut', 'Nung (Viet Nam)')],
  },
  {
    iso6393: 'mtq',
    bcp47: 'mtq',
    name: { vi: 'Tiếng Mường', en: 'Muong' },
    family: FAMILY_VIET_MUONG,
    scripts: ['Latn'],
    speakingGroups: ['06'],
    sources: [iso6393Page('mtq', 'Muong')],
  },
  {
    iso6393: 'pcc',
    bcp47: 'pcc',
    name: { vi: 'Tiếng Giáy', en: 'Bouyei (Giáy)' },
    family: FAMILY_TAI,
    scripts: ['Latn'],
    // 49 Bố Y: the Bouyei of Vietnam. 25 Giáy: see the uncertainty.
    speakingGroups: ['25', '49'],
    sources: [iso6393Page('pcc', 'Bouyei')],
    uncertainties: [
      {
        field: 'iso6393',
        note: {
          vi: 'Tiếng Giáy gần với tiếng Bố Y (Bouyei) nên thường được xếp vào mã pcc, nhưng chưa đối chiếu được với nguồn chuẩn (ISO 639-3, Glottolog) cho riêng tiếng Giáy ở Việt Nam.',
          en: 'Giáy is closely related to Bouyei and is commonly filed under pcc, but this was not checked against an authoritative source (ISO 639-3, Glottolog) for Giáy in Vietnam specifically.',
        },
      },
    ],
  },
  {
    iso6393: 'vie',
    bcp47: 'vi',
    name: { vi: 'Tiếng Việt', en: 'Vietnamese' },
    family: FAMILY_VIET_MUONG,
    // Hani: historical Hán and Nôm writing.
    scripts: ['Latn', 'Hani'],
    vitality: {
      vi: 'Ngôn ngữ quốc gia của Việt Nam, dùng trong hành chính và giáo dục; là ngôn ngữ giao tiếp chung giữa các dân tộc.',
      en: 'National language of Vietnam, used in administration and education; the common language between ethnic groups.',
    },
    speakingGroups: ['01'],
    sources: [iso6393Page('vie', 'Vietnamese')],
  },
];
