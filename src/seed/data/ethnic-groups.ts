/**
 * The 54 ethnic groups of Vietnam, in the order and with the codes of
 * GSO Decision 121-TCTK/PPCĐ (2 March 1979), "Danh mục các thành phần dân tộc
 * Việt Nam". The decision orders groups by 1979 population; later GSO lists
 * (e.g. Decision 1019/QĐ-TCTK, 2008) reorder them, so the codes here are the
 * 1979 ones (04 Hoa, 05 Khơ-me, 06 Mường …).
 *
 * Notes for reviewers:
 * - `name.vi` is the current official spelling (without the decision's
 *   hyphens); the decision's own spelling is kept in `otherNames` with the
 *   note DECISION_SPELLING where it differs.
 * - The decision's "other names" (tag 'vi', note DECISION_OTHER_NAME) were
 *   transcribed from published reproductions of the decision (see
 *   DECISION_REPRINT). Reproductions differ in small details (e.g. "Hàng Tổng"
 *   vs "Hàng Bông", "Pu Thay" vs "Pa Thay"); check against the original before
 *   treating a spelling as authoritative.
 * - Places of residence are given by region or by provinces that still exist
 *   after the July 2025 merger of provinces, so the texts do not go stale.
 * - `languageGroup` follows the 8-group classification used by the GSO
 *   ethnic survey (4/8/21/3/4/5/3/6 groups).
 *
 * Điện Biên: `presentInDienBien` is true for the 18 groups listed in the
 * research notes (01 02 03 04 06 07 08 09 25 29 33 34 35 37 40 42 48 50).
 * Provincial sources usually say the province has 19 groups; the 19th is not
 * named in any source we have. The 2009 census (as cited by Vietnamese
 * Wikipedia) recorded 33 groups with at least one resident, so the "19" is a
 * count of established communities, not of every group recorded. One
 * candidate is the Mảng (45): the Lai Châu provincial site says some Mảng live
 * scattered in Mường Lay (Điện Biên). That is flagged on the Mảng record and
 * NOT reflected in `presentInDienBien`.
 */
import type { EthnicGroupSeed, SourceRef, TaggedName } from '../types';

const ACCESSED_ON = '2026-11-29';

const DECISION_SPELLING = 'spelling in Decision 121-TCTK/PPCĐ (1979)';
const DECISION_OTHER_NAME = 'other name listed in Decision 121-TCTK/PPCĐ (1979)';

/** The decision itself (Wikipedia reproduces the list with codes and other names). */
const DECISION: SourceRef = {
  url: 'https://vi.wikipedia.org/wiki/Danh_sách_các_dân_tộc_Việt_Nam',
  title: 'Quyết định 121-TCTK/PPCĐ ngày 2/3/1979 về Danh mục các dân tộc Việt Nam',
  publisher: 'Tổng cục Thống kê',
  accessedOn: ACCESSED_ON,
};

/** A reproduction of the decision's table on a GSO regional office site. */
const DECISION_REPRINT: SourceRef = {
  url: 'https://cucthongke.danang.gov.vn/chi-tiet-tin-tuc?dinhdanh=112&cat=20',
  title: 'Danh mục các thành phần dân tộc Việt Nam (ban hành theo Quyết định số 121-TCTK/PPCĐ ngày 2/3/1979)',
  publisher: 'Cục Thống kê thành phố Đà Nẵng',
  accessedOn: ACCESSED_ON,
};

/** GSO ethnic-minority survey site: language-group classification. */
const GSO_ETHNIC_SURVEY: SourceRef = {
  url: 'http://dieutradantoc.gso.gov.vn/',
  title: 'Điều tra thu thập thông tin về thực trạng kinh tế – xã hội của 53 dân tộc thiểu số',
  publisher: 'Tổng cục Thống kê',
  accessedOn: ACCESSED_ON,
};

/** Vietnamese Wikipedia on Điện Biên province (cites 2009 census figures by group). */
const WIKI_DIEN_BIEN: SourceRef = {
  url: 'https://vi.wikipedia.org/wiki/Điện_Biên',
  title: 'Điện Biên – Wikipedia tiếng Việt (mục Dân cư, số liệu Tổng điều tra 2009)',
  publisher: 'Wikipedia',
  accessedOn: ACCESSED_ON,
  isUncertain: true,
};

/** Điện Biên tourism portal: "19 dân tộc", H'Mông 38,12 %, Hà Nhì communes. Undated tourism text. */
const DULICH_DIEN_BIEN: SourceRef = {
  url: 'http://dulichdienbien.vn/LEHOI',
  title: 'Lễ hội – Du lịch Điện Biên',
  publisher: 'Cổng thông tin du lịch Điện Biên',
  accessedOn: ACCESSED_ON,
  isUncertain: true,
};

const DIENBIENTV_KHO_MU: SourceRef = {
  url: 'https://dienbientv.vn/truyen-hinh/chuyen-de/sac-mau-van-hoa-dien-bien/202406/doi-thay-noi-ban-lang-cua-nguoi-kho-mu-5812652/',
  title: 'Đổi thay nơi bản làng của người Khơ Mú (16/06/2024)',
  publisher: 'Đài Phát thanh và Truyền hình Điện Biên',
  accessedOn: ACCESSED_ON,
};

const DANTOCMIENNUI_CONG: SourceRef = {
  url: 'https://dantocmiennui.vn/huoi-moi-tag49805.html',
  title: 'Vui Tết hoa mào gà cùng đồng bào Cống',
  publisher: 'Báo Dân tộc và Phát triển (dantocmiennui.vn)',
  accessedOn: ACCESSED_ON,
};

const LAICHAU_MANG: SourceRef = {
  url: 'https://laichau.gov.vn/danh-muc/tong-quan-lai-chau/cac-dan-toc/dan-toc-mang.html',
  title: 'Dân tộc Mảng',
  publisher: 'Cổng thông tin điện tử tỉnh Lai Châu',
  accessedOn: ACCESSED_ON,
};

/** Sources every record shares. */
const BASE_SOURCES: SourceRef[] = [DECISION, DECISION_REPRINT];

/** Names the decision lists for a group, tagged Vietnamese. */
function decisionNames(...values: string[]): TaggedName[] {
  return values.map((value) => ({ tag: 'vi', value, note: DECISION_OTHER_NAME }));
}

/** The decision's own spelling of the group name, where it differs from name.vi. */
function decisionSpelling(value: string): TaggedName {
  return { tag: 'vi', value, note: DECISION_SPELLING };
}

const NO_SOURCE_RECORDED = {
  vi: 'Ghi chú nghiên cứu không ghi lại nguồn của con số này; cần tìm nguồn gốc trước khi công bố.',
  en: 'The research notes do not record the source of this figure; find the original source before publishing it.',
};

export const ethnicGroups: EthnicGroupSeed[] = [
  // ── 01–09 ──────────────────────────────────────────────────────────────
  {
    gsoCode: '01',
    slug: 'kinh',
    name: { vi: 'Kinh', en: 'Kinh (Viet)' },
    otherNames: [{ tag: 'vi', value: 'Việt', note: 'name given in brackets in Decision 121-TCTK/PPCĐ (1979)' }],
    languageGroup: 'viet-muong',
    presentInDienBien: true,
    description: {
      vi: 'Người Kinh (Việt) là dân tộc đa số, sinh sống trên cả nước và nói tiếng Việt, thuộc nhóm ngôn ngữ Việt–Mường. Ở Điện Biên, người Kinh là một trong ba dân tộc đông nhất, sống nhiều ở các đô thị và trung tâm xã.',
      en: 'The Kinh (Viet) are the majority group, living throughout Vietnam and speaking Vietnamese, a Viet–Muong language. In Điện Biên they are one of the three largest groups, many of them in towns and commune centres.',
    },
    populationNotes: [
      {
        figure: '~18%',
        scope: 'Điện Biên province (share of population)',
        sourceTitle: 'research notes (to be checked against the 2019 census)',
        isUncertain: true,
      },
      {
        figure: '90,323 (~20%)',
        year: 2009,
        scope: 'Điện Biên province',
        sourceUrl: WIKI_DIEN_BIEN.url,
        sourceTitle: 'Vietnamese Wikipedia citing the 2009 Population and Housing Census',
        isUncertain: true,
      },
    ],
    languages: ['vie'],
    sources: [...BASE_SOURCES, WIKI_DIEN_BIEN],
    uncertainties: [
      {
        field: 'populationNotes',
        note: {
          vi: 'Tỷ lệ ~18% chưa được đối chiếu với Tổng điều tra dân số 2019; số liệu 2009 lấy qua Wikipedia.',
          en: 'The ~18% share has not been checked against the 2019 census; the 2009 figure is taken via Wikipedia.',
        },
      },
    ],
  },
  {
    gsoCode: '02',
    slug: 'tay',
    name: { vi: 'Tày', en: 'Tay' },
    otherNames: decisionNames('Thổ', 'Ngạn', 'Phén', 'Thù Lao', 'Pa Dí'),
    languageGroup: 'tay-thai',
    presentInDienBien: true,
    description: {
      vi: 'Người Tày là dân tộc thiểu số đông nhất Việt Nam, sống chủ yếu ở vùng Đông Bắc (Cao Bằng, Lạng Sơn, Tuyên Quang, Thái Nguyên) và nói tiếng Tày thuộc nhóm Tày–Thái. Ở Điện Biên có một cộng đồng người Tày nhỏ.',
      en: 'The Tày are the largest ethnic minority in Vietnam, living mainly in the north-east (Cao Bằng, Lạng Sơn, Tuyên Quang, Thái Nguyên) and speaking Tày, a Tai language. Điện Biên has a small Tày community.',
    },
    languages: ['tyz'],
    sources: [...BASE_SOURCES],
  },
  {
    gsoCode: '03',
    slug: 'thai',
    name: { vi: 'Thái', en: 'Thai' },
    otherNames: [
      ...decisionNames(
        'Tày',
        'Tày Khao (Thái Trắng)',
        'Tày Đăm (Thái Đen)',
        'Tày Mười',
        'Tày Thanh (Man Thanh)',
        'Hàng Tổng (Tày Mường)',
        'Pu Thay',
        'Thổ Đà Bắc',
      ),
      { tag: 'blt', value: 'Tay', note: 'endonym (Tai Dam / Black Thái)' },
      { tag: 'blt', value: 'Tai Dam', note: 'endonym of the Black Thái, common romanisation' },
      { tag: 'twh', value: 'Tai Dón', note: 'endonym of the White Thái, common romanisation' },
    ],
    languageGroup: 'tay-thai',
    presentInDienBien: true,
    description: {
      vi: 'Người Thái sống chủ yếu ở Tây Bắc (Sơn La, Điện Biên, Lai Châu, Lào Cai) và miền tây Thanh Hóa, Nghệ An; tiếng Thái thuộc nhóm Tày–Thái và có chữ Thái cổ truyền. Ở Điện Biên, người Thái là một trong hai dân tộc đông nhất; người Thái Đen tập trung ở các thung lũng như Mường Thanh, người Thái Trắng ở vùng Mường Lay.',
      en: 'The Thái live mainly in the north-west (Sơn La, Điện Biên, Lai Châu, Lào Cai) and in western Thanh Hóa and Nghệ An; their language is Tai and has its own traditional script. In Điện Biên they are one of the two largest groups: the Black Thái mostly in valleys such as Mường Thanh, the White Thái around Mường Lay.',
    },
    populationNotes: [
      {
        figure: '~34%',
        scope: 'Điện Biên province (share of population)',
        sourceTitle: 'research notes (to be checked against the 2019 census)',
        isUncertain: true,
      },
      {
        figure: '186,270 (38.4%)',
        year: 2009,
        scope: 'Điện Biên province',
        sourceUrl: WIKI_DIEN_BIEN.url,
        sourceTitle: 'Vietnamese Wikipedia citing the 2009 Population and Housing Census',
        isUncertain: true,
      },
    ],
    languages: ['blt', 'twh'],
    sources: [...BASE_SOURCES, WIKI_DIEN_BIEN],
    uncertainties: [
      {
        field: 'populationNotes',
        note: {
          vi: 'Tỷ lệ ~34% chưa được đối chiếu với Tổng điều tra 2019; năm 2009 người Thái là dân tộc đông nhất tỉnh (38,4%), nay có thể đứng sau người H\'Mông.',
          en: 'The ~34% share has not been checked against the 2019 census; in 2009 the Thái were the largest group (38.4%) and may now come second to the H\'Mông.',
        },
      },
    ],
  },
  {
    gsoCode: '04',
    slug: 'hoa',
    name: { vi: 'Hoa', en: 'Hoa (ethnic Chinese)' },
    otherNames: [
      { tag: 'vi', value: 'Hán', note: 'name given in brackets in Decision 121-TCTK/PPCĐ (1979)' },
      ...decisionNames('Triều Châu', 'Phúc Kiến', 'Quảng Đông', 'Hải Nam', 'Hạ', 'Xạ Phạng'),
    ],
    languageGroup: 'han',
    presentInDienBien: true,
    description: {
      vi: 'Người Hoa sống chủ yếu ở các đô thị, đông nhất tại Thành phố Hồ Chí Minh, và nói các phương ngữ tiếng Hán. Ở Điện Biên có một số ít người Hoa.',
      en: 'The Hoa live mostly in cities, above all Ho Chi Minh City, and speak varieties of Chinese. A small number live in Điện Biên.',
    },
    sources: [...BASE_SOURCES],
  },
  {
    gsoCode: '05',
    slug: 'khmer',
    name: { vi: 'Khmer', en: 'Khmer' },
    otherNames: [
      decisionSpelling('Khơ-me'),
      ...decisionNames('Cur', 'Cul', 'Cu', 'Thổ', 'Việt gốc Miên', 'Khơ-me Krôm'),
      { tag: 'km', value: 'ខ្មែរ', note: 'endonym' },
    ],
    languageGroup: 'mon-khmer',
    presentInDienBien: false,
    description: {
      vi: 'Người Khmer sống chủ yếu ở Đồng bằng sông Cửu Long và nói tiếng Khmer thuộc nhóm Môn–Khmer.',
      en: 'The Khmer live mainly in the Mekong Delta and speak Khmer, a Mon–Khmer language.',
    },
    sources: [...BASE_SOURCES],
  },
  {
    gsoCode: '06',
    slug: 'muong',
    name: { vi: 'Mường', en: 'Muong' },
    otherNames: decisionNames('Mol', 'Mual', 'Mọi', 'Mọi Bi', 'Ao Tá (Ậu Tá)'),
    languageGroup: 'viet-muong',
    presentInDienBien: true,
    description: {
      vi: 'Người Mường sống chủ yếu ở Phú Thọ (gồm cả tỉnh Hòa Bình cũ) và Thanh Hóa; tiếng Mường rất gần tiếng Việt, cùng nhóm Việt–Mường. Ở Điện Biên có một cộng đồng người Mường nhỏ.',
      en: 'The Mường live mainly in Phú Thọ (including former Hòa Bình province) and Thanh Hóa; Mường is closely related to Vietnamese, in the Viet–Muong group. Điện Biên has a small Mường community.',
    },
    languages: ['mtq'],
    sources: [...BASE_SOURCES],
  },
  {
    gsoCode: '07',
    slug: 'nung',
    name: { vi: 'Nùng', en: 'Nung' },
    otherNames: decisionNames(
      'Xuồng',
      'Giang',
      'Nùng An',
      'Phàn Sinh',
      'Nùng Cháo',
      'Nùng Lòi',
      'Quý Rim',
      'Khèn Lài',
    ),
    languageGroup: 'tay-thai',
    presentInDienBien: true,
    description: {
      vi: 'Người Nùng sống chủ yếu ở vùng Đông Bắc (Lạng Sơn, Cao Bằng) và một phần ở Tây Nguyên; tiếng Nùng thuộc nhóm Tày–Thái. Ở Điện Biên có một cộng đồng người Nùng nhỏ.',
      en: 'The Nùng live mainly in the north-east (Lạng Sơn, Cao Bằng), with later settlement in the Central Highlands; Nùng is a Tai language. Điện Biên has a small Nùng community.',
    },
    languages: ['nut'],
    sources: [...BASE_SOURCES],
  },
  {
    gsoCode: '08',
    slug: 'hmong',
    name: { vi: 'H\'Mông', en: 'Hmong' },
    otherNames: [
      decisionSpelling('Hmông'),
      { tag: 'vi', value: 'Mông', note: 'current official spelling in many state documents' },
      {
        tag: 'vi',
        value: 'Mèo',
        note: 'historic exonym, given in brackets in Decision 121-TCTK/PPCĐ (1979); now considered pejorative',
      },
      ...decisionNames('Mẹo', 'Mèo Hoa', 'Mèo Xanh', 'Mèo Đỏ', 'Mèo Đen', 'Ná Mẻo', 'Mán Trắng'),
      { tag: 'hmn', value: 'Hmoob', note: 'endonym (RPA spelling)' },
    ],
    languageGroup: 'hmong-dao',
    presentInDienBien: true,
    description: {
      vi: 'Người H\'Mông sống ở vùng núi cao phía Bắc, từ Tuyên Quang, Lào Cai đến Điện Biên, Sơn La, Lai Châu và miền tây Nghệ An; tiếng H\'Mông thuộc nhóm H\'Mông–Dao. Ở Điện Biên, người H\'Mông là một trong hai dân tộc đông nhất, sống ở các xã vùng cao trong toàn tỉnh.',
      en: 'The H\'Mông live in the northern highlands, from Tuyên Quang and Lào Cai to Điện Biên, Sơn La, Lai Châu and western Nghệ An; their language belongs to the Hmong–Mien group. In Điện Biên they are one of the two largest groups, living in highland communes across the province.',
    },
    populationNotes: [
      {
        figure: '38.12%',
        scope: 'Điện Biên province (share of population)',
        sourceUrl: DULICH_DIEN_BIEN.url,
        sourceTitle: DULICH_DIEN_BIEN.title,
        isUncertain: true,
      },
      {
        figure: '170,648 (34.8%)',
        year: 2009,
        scope: 'Điện Biên province',
        sourceUrl: WIKI_DIEN_BIEN.url,
        sourceTitle: 'Vietnamese Wikipedia citing the 2009 Population and Housing Census',
        isUncertain: true,
      },
    ],
    languages: ['hmn', 'mww', 'hnj'],
    sources: [...BASE_SOURCES, DULICH_DIEN_BIEN, WIKI_DIEN_BIEN],
    uncertainties: [
      {
        field: 'populationNotes',
        note: {
          vi: 'Tỷ lệ 38,12% lấy từ trang du lịch của tỉnh, không ghi năm; cần đối chiếu với Tổng điều tra 2019.',
          en: 'The 38.12% share comes from the provincial tourism site and is undated; check it against the 2019 census.',
        },
      },
    ],
  },
  {
    gsoCode: '09',
    slug: 'dao',
    name: { vi: 'Dao', en: 'Dao (Yao)' },
    otherNames: [
      ...decisionNames(
        'Mán',
        'Động',
        'Trại',
        'Xá',
        'Dìu Miền',
        'Kiềm Miền',
        'Quần Trắng',
        'Dao Đỏ',
        'Quần Chẹt',
        'Lô Giang',
        'Dao Tiền',
        'Thanh Y',
        'Lan Tẻn',
        'Đại Bản',
        'Tiểu Bản',
        'Cóc Ngáng',
        'Cóc Mùn',
        'Sơn Đầu',
      ),
      { tag: 'ium', value: 'Iu Mienh', note: 'endonym of the Iu Mien-speaking Dao' },
    ],
    languageGroup: 'hmong-dao',
    presentInDienBien: true,
    description: {
      vi: 'Người Dao sống rải rác ở vùng núi phía Bắc, từ biên giới Việt–Trung đến Thanh Hóa, và nói các ngôn ngữ thuộc nhóm H\'Mông–Dao. Ở Điện Biên có các cộng đồng người Dao, trong đó có nhóm Dao Quần Chẹt ở vùng Tủa Chùa.',
      en: 'The Dao live scattered across the northern mountains, from the Chinese border down to Thanh Hóa, and speak Hmong–Mien languages. Điện Biên has Dao communities, among them Dao Quần Chẹt around Tủa Chùa.',
    },
    populationNotes: [
      {
        figure: '>6,000',
        scope: 'Điện Biên province',
        isUncertain: true,
      },
    ],
    languages: ['ium', 'mji'],
    sources: [...BASE_SOURCES],
    uncertainties: [{ field: 'populationNotes', note: NO_SOURCE_RECORDED }],
  },

  // ── 10–18 ──────────────────────────────────────────────────────────────
  {
    gsoCode: '10',
    slug: 'gia-rai',
    name: { vi: 'Gia Rai', en: 'Jarai' },
    otherNames: [
      decisionSpelling('Gia-rai'),
      ...decisionNames('Giơ-rai', 'Tơ-buăn', 'Hơ-bau', 'Hđrung', 'Chơ-rai'),
    ],
    languageGroup: 'austronesian',
    presentInDienBien: false,
    description: {
      vi: 'Người Gia Rai sống chủ yếu ở Tây Nguyên (Gia Lai, Quảng Ngãi, Đắk Lắk); tiếng Gia Rai thuộc ngữ hệ Nam Đảo.',
      en: 'The Jarai live mainly in the Central Highlands (Gia Lai, Quảng Ngãi, Đắk Lắk); Jarai is an Austronesian language.',
    },
    sources: [...BASE_SOURCES],
  },
  {
    gsoCode: '11',
    slug: 'ngai',
    name: { vi: 'Ngái', en: 'Ngai' },
    otherNames: decisionNames('Xín', 'Lê', 'Đản', 'Khách Gia'),
    languageGroup: 'han',
    presentInDienBien: false,
    description: {
      vi: 'Người Ngái là một dân tộc nhỏ sống rải rác ở vùng Đông Bắc, như Quảng Ninh và Lạng Sơn; tiếng nói thuộc nhóm Hán.',
      en: 'The Ngái are a small group scattered across the north-east, for example in Quảng Ninh and Lạng Sơn; their speech belongs to the Chinese (Han) group.',
    },
    sources: [...BASE_SOURCES],
  },
  {
    gsoCode: '12',
    slug: 'e-de',
    name: { vi: 'Ê Đê', en: 'Rade (Ede)' },
    otherNames: [
      decisionSpelling('Ê-đê'),
      ...decisionNames('Ra-đê', 'Đê', 'Kpạ', 'A-đham', 'Krung', 'Ktul', 'Đliê Ruê', 'Blô', 'Epan', 'Mđhur', 'Bih'),
    ],
    languageGroup: 'austronesian',
    presentInDienBien: false,
    description: {
      vi: 'Người Ê Đê sống chủ yếu ở Đắk Lắk và vùng lân cận ở Tây Nguyên; tiếng Ê Đê thuộc ngữ hệ Nam Đảo.',
      en: 'The Ê Đê live mainly in Đắk Lắk and neighbouring parts of the Central Highlands; Ê Đê is an Austronesian language.',
    },
    sources: [...BASE_SOURCES],
  },
  {
    gsoCode: '13',
    slug: 'ba-na',
    name: { vi: 'Ba Na', en: 'Bahnar' },
    otherNames: [
      decisionSpelling('Ba-na'),
      ...decisionNames(
        'Gơ-lar',
        'Tơ-lô',
        'Giơ-lâng (Y-lăng)',
        'Rơ-ngao',
        'Krem',
        'Roh',
        'ConKđe',
        'A-la Công',
        'Kpăng Công',
        'Bơ-nâm',
      ),
    ],
    languageGroup: 'mon-khmer',
    presentInDienBien: false,
    description: {
      vi: 'Người Ba Na sống chủ yếu ở Gia Lai, Quảng Ngãi và vùng núi Nam Trung Bộ; tiếng Ba Na thuộc nhóm Môn–Khmer.',
      en: 'The Ba Na live mainly in Gia Lai, Quảng Ngãi and the uplands of south-central Vietnam; Bahnar is a Mon–Khmer language.',
    },
    sources: [...BASE_SOURCES],
  },
  {
    gsoCode: '14',
    slug: 'xo-dang',
    name: { vi: 'Xơ Đăng', en: 'Sedang' },
    otherNames: [
      decisionSpelling('Xơ-đăng'),
      ...decisionNames(
        'Xơ-teng',
        'Hđang',
        'Tơ-đra',
        'Mơ-nâm',
        'Ha-lăng',
        'Ca-dong',
        'Kmrâng',
        'Con Lan',
        'Bri-la',
        'Tang',
      ),
    ],
    languageGroup: 'mon-khmer',
    presentInDienBien: false,
    description: {
      vi: 'Người Xơ Đăng sống chủ yếu ở Quảng Ngãi (gồm cả tỉnh Kon Tum cũ) và vùng núi Đà Nẵng (Quảng Nam cũ); tiếng Xơ Đăng thuộc nhóm Môn–Khmer.',
      en: 'The Xơ Đăng live mainly in Quảng Ngãi (including former Kon Tum province) and the uplands of Đà Nẵng (former Quảng Nam); Sedang is a Mon–Khmer language.',
    },
    sources: [...BASE_SOURCES],
  },
  {
    gsoCode: '15',
    slug: 'san-chay',
    name: { vi: 'Sán Chay', en: 'San Chay' },
    otherNames: decisionNames('Cao Lan', 'Mán Cao Lan', 'Hờn Bạn', 'Sán Chỉ'),
    languageGroup: 'tay-thai',
    presentInDienBien: false,
    description: {
      vi: 'Người Sán Chay (gồm hai nhóm Cao Lan và Sán Chỉ) sống chủ yếu ở trung du và miền núi phía Bắc như Tuyên Quang, Thái Nguyên, Quảng Ninh; tiếng Cao Lan thuộc nhóm Tày–Thái.',
      en: 'The Sán Chay (Cao Lan and Sán Chỉ subgroups) live mainly in the northern midlands and hills, such as Tuyên Quang, Thái Nguyên and Quảng Ninh; Cao Lan is a Tai language.',
    },
    sources: [...BASE_SOURCES],
    uncertainties: [
      {
        field: 'languageGroup',
        note: {
          vi: 'Nhóm Sán Chỉ nói một phương ngữ tiếng Hán, nhưng cả dân tộc được xếp vào nhóm Tày–Thái theo phân loại 8 nhóm.',
          en: 'The Sán Chỉ subgroup speaks a Chinese variety, but the group as a whole is filed under Tày–Thái in the 8-group classification.',
        },
      },
    ],
  },
  {
    gsoCode: '16',
    slug: 'co-ho',
    name: { vi: 'Cơ Ho', en: 'Koho' },
    otherNames: [
      decisionSpelling('Cơ-ho'),
      ...decisionNames('Xrê', 'Nốp (Tu Lốp)', 'Cơ-don', 'Chil', 'Lat (Lach)', 'Trinh'),
    ],
    languageGroup: 'mon-khmer',
    presentInDienBien: false,
    description: {
      vi: 'Người Cơ Ho sống chủ yếu ở Lâm Đồng; tiếng Cơ Ho thuộc nhóm Môn–Khmer.',
      en: 'The Cơ Ho live mainly in Lâm Đồng; Koho is a Mon–Khmer language.',
    },
    sources: [...BASE_SOURCES],
  },
  {
    gsoCode: '17',
    slug: 'cham',
    name: { vi: 'Chăm', en: 'Cham' },
    otherNames: decisionNames('Chàm', 'Chiêm Thành', 'Hroi'),
    languageGroup: 'austronesian',
    presentInDienBien: false,
    description: {
      vi: 'Người Chăm sống chủ yếu ở ven biển Nam Trung Bộ (Khánh Hòa, Lâm Đồng), ở An Giang và Thành phố Hồ Chí Minh; tiếng Chăm thuộc ngữ hệ Nam Đảo.',
      en: 'The Cham live mainly on the south-central coast (Khánh Hòa, Lâm Đồng), in An Giang and in Ho Chi Minh City; Cham is an Austronesian language.',
    },
    sources: [...BASE_SOURCES],
  },
  {
    gsoCode: '18',
    slug: 'san-diu',
    name: { vi: 'Sán Dìu', en: 'San Diu' },
    otherNames: decisionNames('Sán Dẻo', 'Trại', 'Trại Đất', 'Mán Quần Cộc'),
    languageGroup: 'han',
    presentInDienBien: false,
    description: {
      vi: 'Người Sán Dìu sống ở trung du phía Bắc như Thái Nguyên, Phú Thọ, Bắc Ninh, Quảng Ninh; tiếng Sán Dìu thuộc nhóm Hán.',
      en: 'The Sán Dìu live in the northern midlands, such as Thái Nguyên, Phú Thọ, Bắc Ninh and Quảng Ninh; their language belongs to the Chinese (Han) group.',
    },
    sources: [...BASE_SOURCES],
  },

  // ── 19–27 ──────────────────────────────────────────────────────────────
  {
    gsoCode: '19',
    slug: 'hre',
    name: { vi: 'Hrê', en: 'Hre' },
    otherNames: decisionNames('Chăm Rê', 'Chom', 'Krẹ Lũy'),
    languageGroup: 'mon-khmer',
    presentInDienBien: false,
    description: {
      vi: 'Người Hrê sống chủ yếu ở miền núi Quảng Ngãi và Gia Lai (Bình Định cũ); tiếng Hrê thuộc nhóm Môn–Khmer.',
      en: 'The Hrê live mainly in the uplands of Quảng Ngãi and Gia Lai (former Bình Định); Hre is a Mon–Khmer language.',
    },
    sources: [...BASE_SOURCES],
  },
  {
    gsoCode: '20',
    slug: 'mnong',
    name: { vi: 'Mnông', en: 'Mnong' },
    otherNames: decisionNames('Pnông', 'Nông', 'Pré', 'Bu-đâng', 'ĐiPri', 'Biat', 'Gar', 'Rơ-lam', 'Chil'),
    languageGroup: 'mon-khmer',
    presentInDienBien: false,
    description: {
      vi: 'Người Mnông sống ở nam Tây Nguyên (Lâm Đồng, Đắk Lắk) và Đồng Nai; tiếng Mnông thuộc nhóm Môn–Khmer.',
      en: 'The Mnông live in the southern Central Highlands (Lâm Đồng, Đắk Lắk) and Đồng Nai; Mnong is a Mon–Khmer language.',
    },
    sources: [...BASE_SOURCES],
  },
  {
    gsoCode: '21',
    slug: 'ra-glai',
    name: { vi: 'Ra Glai', en: 'Raglai' },
    otherNames: [decisionSpelling('Ra-glai'), ...decisionNames('Ra-clây', 'Rai', 'Noang', 'La-oang')],
    languageGroup: 'austronesian',
    presentInDienBien: false,
    description: {
      vi: 'Người Ra Glai sống ở vùng núi Khánh Hòa và Lâm Đồng (gồm các tỉnh Ninh Thuận, Bình Thuận cũ); tiếng Ra Glai thuộc ngữ hệ Nam Đảo.',
      en: 'The Ra Glai live in the uplands of Khánh Hòa and Lâm Đồng (including former Ninh Thuận and Bình Thuận); Raglai is an Austronesian language.',
    },
    sources: [...BASE_SOURCES],
  },
  {
    gsoCode: '22',
    slug: 'xtieng',
    name: { vi: 'Xtiêng', en: 'Stieng' },
    otherNames: decisionNames('Xa-điêng'),
    languageGroup: 'mon-khmer',
    presentInDienBien: false,
    description: {
      vi: 'Người Xtiêng sống chủ yếu ở Đồng Nai (gồm tỉnh Bình Phước cũ) và Tây Ninh; tiếng Xtiêng thuộc nhóm Môn–Khmer.',
      en: 'The Xtiêng live mainly in Đồng Nai (including former Bình Phước) and Tây Ninh; Stieng is a Mon–Khmer language.',
    },
    sources: [...BASE_SOURCES],
  },
  {
    gsoCode: '23',
    slug: 'bru-van-kieu',
    name: { vi: 'Bru-Vân Kiều', en: 'Bru (Van Kieu)' },
    otherNames: decisionNames('Bru', 'Vân Kiều', 'Măng Coong', 'Tri Khùa'),
    languageGroup: 'mon-khmer',
    presentInDienBien: false,
    description: {
      vi: 'Người Bru-Vân Kiều sống ở miền núi Quảng Trị (gồm tỉnh Quảng Bình cũ) và Huế; tiếng Bru thuộc nhóm Môn–Khmer.',
      en: 'The Bru-Vân Kiều live in the uplands of Quảng Trị (including former Quảng Bình) and Huế; Bru is a Mon–Khmer language.',
    },
    sources: [...BASE_SOURCES],
  },
  {
    gsoCode: '24',
    slug: 'tho',
    name: { vi: 'Thổ', en: 'Tho' },
    otherNames: decisionNames('Kẹo', 'Mọn', 'Cuối', 'Họ', 'Đan Lai', 'Ly Hà', 'Tày Pọng', 'Con Kha', 'Xá Lá Vàng'),
    languageGroup: 'viet-muong',
    presentInDienBien: false,
    description: {
      vi: 'Người Thổ sống chủ yếu ở miền tây Nghệ An và Thanh Hóa; tiếng nói thuộc nhóm Việt–Mường.',
      en: 'The Thổ live mainly in western Nghệ An and Thanh Hóa; their speech belongs to the Viet–Muong group.',
    },
    sources: [...BASE_SOURCES],
  },
  {
    gsoCode: '25',
    slug: 'giay',
    name: { vi: 'Giáy', en: 'Giay' },
    otherNames: decisionNames('Nhắng', 'Dẩng', 'Pầu Thìn', 'Pu Nà', 'Cùi Chu', 'Xa'),
    languageGroup: 'tay-thai',
    presentInDienBien: true,
    description: {
      vi: 'Người Giáy sống chủ yếu ở Lào Cai, Tuyên Quang (Hà Giang cũ) và Lai Châu; tiếng Giáy thuộc nhóm Tày–Thái. Ở Điện Biên có một cộng đồng người Giáy nhỏ.',
      en: 'The Giáy live mainly in Lào Cai, Tuyên Quang (former Hà Giang) and Lai Châu; Giáy is a Tai language. Điện Biên has a small Giáy community.',
    },
    languages: ['pcc'],
    sources: [...BASE_SOURCES],
    uncertainties: [
      {
        field: 'languages',
        note: {
          vi: 'Mã pcc (Bouyei) cho tiếng Giáy chưa được xác nhận, xem bản ghi ngôn ngữ pcc.',
          en: 'The pcc (Bouyei) code for Giáy is unconfirmed; see the pcc language record.',
        },
      },
    ],
  },
  {
    gsoCode: '26',
    slug: 'co-tu',
    name: { vi: 'Cơ Tu', en: 'Katu' },
    otherNames: [decisionSpelling('Cơ-tu'), ...decisionNames('Ca-tu', 'Cao', 'Hạ', 'Phương', 'Ca-tang')],
    languageGroup: 'mon-khmer',
    presentInDienBien: false,
    description: {
      vi: 'Người Cơ Tu sống ở miền núi Đà Nẵng (gồm tỉnh Quảng Nam cũ) và Huế; tiếng Cơ Tu thuộc nhóm Môn–Khmer.',
      en: 'The Cơ Tu live in the uplands of Đà Nẵng (including former Quảng Nam) and Huế; Katu is a Mon–Khmer language.',
    },
    sources: [...BASE_SOURCES],
  },
  {
    gsoCode: '27',
    slug: 'gie-trieng',
    name: { vi: 'Giẻ Triêng', en: 'Gie Trieng' },
    otherNames: [
      decisionSpelling('Gié-Triêng'),
      ...decisionNames('Đgiéh', 'Tareb', 'Giang Rẫy Pin', 'Triêng', 'Treng', 'Ta-riêng', 'Ve (Veh)', 'La-ve', 'Ca-tang'),
    ],
    languageGroup: 'mon-khmer',
    presentInDienBien: false,
    description: {
      vi: 'Người Giẻ Triêng sống ở vùng núi Quảng Ngãi (Kon Tum cũ) và Đà Nẵng (Quảng Nam cũ); tiếng nói thuộc nhóm Môn–Khmer.',
      en: 'The Giẻ Triêng live in the uplands of Quảng Ngãi (former Kon Tum) and Đà Nẵng (former Quảng Nam); their languages are Mon–Khmer.',
    },
    sources: [...BASE_SOURCES],
  },

  // ── 28–36 ──────────────────────────────────────────────────────────────
  {
    gsoCode: '28',
    slug: 'ma',
    name: { vi: 'Mạ', en: 'Ma' },
    otherNames: decisionNames('Châu Mạ', 'Mạ Ngăn', 'Mạ Xóp', 'Mạ Tô', 'Mạ Krung'),
    languageGroup: 'mon-khmer',
    presentInDienBien: false,
    description: {
      vi: 'Người Mạ sống chủ yếu ở Lâm Đồng và Đồng Nai; tiếng Mạ thuộc nhóm Môn–Khmer.',
      en: 'The Mạ live mainly in Lâm Đồng and Đồng Nai; Maa is a Mon–Khmer language.',
    },
    sources: [...BASE_SOURCES],
  },
  {
    gsoCode: '29',
    slug: 'kho-mu',
    name: { vi: 'Khơ Mú', en: 'Khmu' },
    otherNames: [
      decisionSpelling('Khơ-mú'),
      ...decisionNames('Xá Cẩu', 'Mứn Xen', 'Pu Thênh', 'Tềnh', 'Tày Hay'),
      { tag: 'kjg', value: 'Kmhmu', note: 'endonym, common romanisation' },
    ],
    languageGroup: 'mon-khmer',
    presentInDienBien: true,
    description: {
      vi: 'Người Khơ Mú sống ở miền tây Nghệ An, Thanh Hóa và các tỉnh Tây Bắc như Sơn La, Điện Biên, Lai Châu; tiếng Khơ Mú thuộc nhóm Môn–Khmer. Ở Điện Biên, bản làng người Khơ Mú có ở hầu hết các địa phương, tập trung ở vùng Tuần Giáo, Điện Biên Đông và quanh Điện Biên Phủ.',
      en: 'The Khơ Mú live in western Nghệ An and Thanh Hóa and in north-western provinces such as Sơn La, Điện Biên and Lai Châu; Khmu is a Mon–Khmer language. In Điện Biên there are Khơ Mú villages in most localities, concentrated around Tuần Giáo, Điện Biên Đông and Điện Biên Phủ.',
    },
    populationNotes: [
      {
        figure: '~22,000 (nearly 4%)',
        year: 2024,
        scope: 'Điện Biên province',
        sourceUrl: DIENBIENTV_KHO_MU.url,
        sourceTitle: DIENBIENTV_KHO_MU.title,
      },
    ],
    languages: ['kjg'],
    sources: [...BASE_SOURCES, DIENBIENTV_KHO_MU],
  },
  {
    gsoCode: '30',
    slug: 'co',
    name: { vi: 'Co', en: 'Co (Cor)' },
    otherNames: decisionNames('Cor', 'Col', 'Cùa', 'Trầu'),
    languageGroup: 'mon-khmer',
    presentInDienBien: false,
    description: {
      vi: 'Người Co sống chủ yếu ở miền núi Quảng Ngãi (vùng Trà Bồng) và Đà Nẵng (Quảng Nam cũ); tiếng Co thuộc nhóm Môn–Khmer.',
      en: 'The Co live mainly in the uplands of Quảng Ngãi (around Trà Bồng) and Đà Nẵng (former Quảng Nam); Cor is a Mon–Khmer language.',
    },
    sources: [...BASE_SOURCES],
  },
  {
    gsoCode: '31',
    slug: 'ta-oi',
    name: { vi: 'Tà Ôi', en: 'Ta Oi' },
    otherNames: [decisionSpelling('Tà-ôi'), ...decisionNames('Tôi-ôi', 'Pa-co', 'Pa-hi (Ba-hi)')],
    languageGroup: 'mon-khmer',
    presentInDienBien: false,
    description: {
      vi: 'Người Tà Ôi sống chủ yếu ở vùng A Lưới (Huế) và Quảng Trị; tiếng Tà Ôi thuộc nhóm Môn–Khmer.',
      en: 'The Tà Ôi live mainly around A Lưới (Huế) and in Quảng Trị; Ta Oi is a Mon–Khmer language.',
    },
    sources: [...BASE_SOURCES],
  },
  {
    gsoCode: '32',
    slug: 'cho-ro',
    name: { vi: 'Chơ Ro', en: 'Chơ Ro (Chrau)' },
    otherNames: [decisionSpelling('Chơ-ro'), ...decisionNames('Dơ-ro', 'Châu-ro')],
    languageGroup: 'mon-khmer',
    presentInDienBien: false,
    description: {
      vi: 'Người Chơ Ro sống chủ yếu ở Đồng Nai và Thành phố Hồ Chí Minh (Bà Rịa–Vũng Tàu cũ); tiếng Chơ Ro thuộc nhóm Môn–Khmer.',
      en: 'The Chơ Ro live mainly in Đồng Nai and Ho Chi Minh City (former Bà Rịa–Vũng Tàu); Chrau is a Mon–Khmer language.',
    },
    sources: [...BASE_SOURCES],
  },
  {
    gsoCode: '33',
    slug: 'khang',
    name: { vi: 'Kháng', en: 'Khang' },
    otherNames: decisionNames(
      'Xá Khao',
      'Xá Súa',
      'Xá Dón',
      'Xá Dẩng',
      'Xá Hốc',
      'Xá Ái',
      'Xá Bung',
      'Quảng Lâm',
    ),
    languageGroup: 'mon-khmer',
    presentInDienBien: true,
    description: {
      vi: 'Người Kháng là một dân tộc ít người sống ở Sơn La, Điện Biên và Lai Châu; tiếng Kháng thuộc nhóm Môn–Khmer. Ở Điện Biên có các bản người Kháng nhỏ.',
      en: 'The Kháng are a small group living in Sơn La, Điện Biên and Lai Châu; Khang is a Mon–Khmer language. Điện Biên has a few small Kháng villages.',
    },
    languages: ['kjm'],
    sources: [...BASE_SOURCES],
  },
  {
    gsoCode: '34',
    slug: 'xinh-mun',
    name: { vi: 'Xinh Mun', en: 'Xinh Mun (Puoc)' },
    otherNames: [decisionSpelling('Xinh-mun'), ...decisionNames('Puộc', 'Pụa')],
    languageGroup: 'mon-khmer',
    presentInDienBien: true,
    description: {
      vi: 'Người Xinh Mun là một dân tộc ít người sống ở Sơn La và Điện Biên, gần biên giới Việt–Lào; tiếng Xinh Mun thuộc nhóm Môn–Khmer. Ở Điện Biên có một cộng đồng người Xinh Mun nhỏ.',
      en: 'The Xinh Mun are a small group living in Sơn La and Điện Biên near the Lao border; Puoc is a Mon–Khmer language. Điện Biên has a small Xinh Mun community.',
    },
    languages: ['puo'],
    sources: [...BASE_SOURCES],
  },
  {
    gsoCode: '35',
    slug: 'ha-nhi',
    name: { vi: 'Hà Nhì', en: 'Hani' },
    otherNames: [
      ...decisionNames('U Ni', 'Xá U Ni'),
      { tag: 'hni', value: 'Haqniq', note: 'endonym (Hani orthography used in China)' },
    ],
    languageGroup: 'tibeto-burman',
    presentInDienBien: true,
    description: {
      vi: 'Người Hà Nhì sống ở vùng biên giới Việt–Trung thuộc Lai Châu, Điện Biên và Lào Cai; tiếng Hà Nhì thuộc nhóm Tạng–Miến. Ở Điện Biên, người Hà Nhì tập trung ở các xã biên giới của vùng Mường Nhé như Sín Thầu, Chung Chải, Sen Thượng, Leng Su Sìn.',
      en: 'The Hà Nhì live along the Chinese border in Lai Châu, Điện Biên and Lào Cai; Hani is a Tibeto-Burman language. In Điện Biên they live mainly in the border communes of the Mường Nhé area, such as Sín Thầu, Chung Chải, Sen Thượng and Leng Su Sìn.',
    },
    populationNotes: [
      {
        figure: '~5,500',
        scope: 'Điện Biên province',
        isUncertain: true,
      },
    ],
    languages: ['hni'],
    sources: [...BASE_SOURCES, DULICH_DIEN_BIEN],
    uncertainties: [{ field: 'populationNotes', note: NO_SOURCE_RECORDED }],
  },
  {
    gsoCode: '36',
    slug: 'chu-ru',
    name: { vi: 'Chu Ru', en: 'Churu' },
    otherNames: [decisionSpelling('Chu-ru'), ...decisionNames('Chơ-ru', 'Chu')],
    languageGroup: 'austronesian',
    presentInDienBien: false,
    description: {
      vi: 'Người Chu Ru sống chủ yếu ở Lâm Đồng và Khánh Hòa (Ninh Thuận cũ); tiếng Chu Ru thuộc ngữ hệ Nam Đảo.',
      en: 'The Chu Ru live mainly in Lâm Đồng and Khánh Hòa (former Ninh Thuận); Chru is an Austronesian language.',
    },
    sources: [...BASE_SOURCES],
  },

  // ── 37–45 ──────────────────────────────────────────────────────────────
  {
    gsoCode: '37',
    slug: 'lao',
    name: { vi: 'Lào', en: 'Lao' },
    otherNames: [
      ...decisionNames('Lào Bốc', 'Lào Nọi'),
      { tag: 'lo', value: 'ລາວ', note: 'endonym' },
    ],
    languageGroup: 'tay-thai',
    presentInDienBien: true,
    description: {
      vi: 'Người Lào ở Việt Nam sống chủ yếu ở Điện Biên, Lai Châu và Sơn La, gần biên giới Việt–Lào; tiếng Lào thuộc nhóm Tày–Thái. Ở Điện Biên, người Lào sống ở các bản vùng thung lũng, trong đó có vùng lòng chảo Điện Biên.',
      en: 'The Lào of Vietnam live mainly in Điện Biên, Lai Châu and Sơn La near the Lao border; Lao is a Tai language. In Điện Biên they live in valley villages, including in the Điện Biên basin.',
    },
    languages: ['lao'],
    sources: [...BASE_SOURCES],
  },
  {
    gsoCode: '38',
    slug: 'la-chi',
    name: { vi: 'La Chí', en: 'La Chi' },
    otherNames: decisionNames('Cù Tê', 'La Quả'),
    languageGroup: 'kadai',
    presentInDienBien: false,
    description: {
      vi: 'Người La Chí sống chủ yếu ở Tuyên Quang (Hà Giang cũ) và Lào Cai; tiếng La Chí thuộc nhóm Ka Đai.',
      en: 'The La Chí live mainly in Tuyên Quang (former Hà Giang) and Lào Cai; Lachi is a Kra–Dai (Kadai) language.',
    },
    sources: [...BASE_SOURCES],
  },
  {
    gsoCode: '39',
    slug: 'la-ha',
    name: { vi: 'La Ha', en: 'La Ha' },
    otherNames: decisionNames('Xá Khao', 'Khlá Phlạo'),
    languageGroup: 'kadai',
    presentInDienBien: false,
    description: {
      vi: 'Người La Ha sống chủ yếu ở Sơn La và Lào Cai; tiếng La Ha thuộc nhóm Ka Đai.',
      en: 'The La Ha live mainly in Sơn La and Lào Cai; Laha is a Kra–Dai (Kadai) language.',
    },
    sources: [...BASE_SOURCES],
  },
  {
    gsoCode: '40',
    slug: 'phu-la',
    name: { vi: 'Phù Lá', en: 'Phu La' },
    otherNames: decisionNames('Bồ Khô Pạ', 'Mu Di', 'Pạ Xá', 'Phó', 'Phổ', 'Va Xơ'),
    languageGroup: 'tibeto-burman',
    presentInDienBien: true,
    description: {
      vi: 'Người Phù Lá sống ở vùng núi phía Bắc như Lào Cai, Tuyên Quang (Hà Giang cũ), Lai Châu, Sơn La và Điện Biên; tiếng nói thuộc nhóm Tạng–Miến. Ở Điện Biên có một cộng đồng người Phù Lá nhỏ.',
      en: 'The Phù Lá live in the northern mountains, in Lào Cai, Tuyên Quang (former Hà Giang), Lai Châu, Sơn La and Điện Biên; their speech is Tibeto-Burman. Điện Biên has a small Phù Lá community.',
    },
    languages: ['phh'],
    sources: [...BASE_SOURCES],
    uncertainties: [
      {
        field: 'languages',
        note: {
          vi: 'Mã phh (Phukha) cho tiếng Phù Lá ở Điện Biên chưa được xác nhận, xem bản ghi ngôn ngữ phh.',
          en: 'The phh (Phukha) code for the Phù Lá of Điện Biên is unconfirmed; see the phh language record.',
        },
      },
    ],
  },
  {
    gsoCode: '41',
    slug: 'la-hu',
    name: { vi: 'La Hủ', en: 'Lahu' },
    otherNames: decisionNames('Lao', 'Pu Đang', 'Khù Xung', 'Cò Xung', 'Khả Quy'),
    languageGroup: 'tibeto-burman',
    presentInDienBien: false,
    description: {
      vi: 'Người La Hủ sống chủ yếu ở vùng Mường Tè, Lai Châu; tiếng La Hủ thuộc nhóm Tạng–Miến.',
      en: 'The La Hủ live mainly around Mường Tè in Lai Châu; Lahu is a Tibeto-Burman language.',
    },
    sources: [...BASE_SOURCES],
  },
  {
    gsoCode: '42',
    slug: 'lu',
    name: { vi: 'Lự', en: 'Lu' },
    otherNames: decisionNames('Lừ', 'Nhuồn', 'Duồn'),
    languageGroup: 'tay-thai',
    presentInDienBien: true,
    description: {
      vi: 'Người Lự sống chủ yếu ở Lai Châu và Điện Biên; tiếng Lự thuộc nhóm Tày–Thái và có chữ viết cổ truyền. Ở Điện Biên có một cộng đồng người Lự nhỏ.',
      en: 'The Lự live mainly in Lai Châu and Điện Biên; Lü is a Tai language with a traditional script. Điện Biên has a small Lự community.',
    },
    languages: ['khb'],
    sources: [...BASE_SOURCES],
  },
  {
    gsoCode: '43',
    slug: 'lo-lo',
    name: { vi: 'Lô Lô', en: 'Lolo' },
    otherNames: decisionNames('Mun Di'),
    languageGroup: 'tibeto-burman',
    presentInDienBien: false,
    description: {
      vi: 'Người Lô Lô sống ở vùng biên giới phía Bắc thuộc Tuyên Quang (Hà Giang cũ), Cao Bằng và Lào Cai; tiếng Lô Lô thuộc nhóm Tạng–Miến.',
      en: 'The Lô Lô live along the northern border in Tuyên Quang (former Hà Giang), Cao Bằng and Lào Cai; Lolo is a Tibeto-Burman language.',
    },
    sources: [...BASE_SOURCES],
  },
  {
    gsoCode: '44',
    slug: 'chut',
    name: { vi: 'Chứt', en: 'Chut' },
    otherNames: decisionNames(
      'Sách',
      'Mày',
      'Rục',
      'Mã-liêng',
      'A-rem',
      'Tu vang',
      'Pa-leng',
      'Xơ-lang',
      'Tơ-hung',
      'Chà-củi',
      'Tắc-củi',
      'U-mo',
      'Xá Lá Vàng',
    ),
    languageGroup: 'viet-muong',
    presentInDienBien: false,
    description: {
      vi: 'Người Chứt sống ở vùng núi Quảng Trị (Quảng Bình cũ) và Hà Tĩnh; tiếng Chứt thuộc nhóm Việt–Mường.',
      en: 'The Chứt live in the uplands of Quảng Trị (former Quảng Bình) and Hà Tĩnh; Chut is a Viet–Muong language.',
    },
    sources: [...BASE_SOURCES],
  },
  {
    gsoCode: '45',
    slug: 'mang',
    name: { vi: 'Mảng', en: 'Mang' },
    otherNames: decisionNames('Mảng Ư', 'Xá Lá Vàng'),
    languageGroup: 'mon-khmer',
    presentInDienBien: false,
    description: {
      vi: 'Người Mảng sống chủ yếu ở Lai Châu, ven sông Đà và sông Nậm Na; tiếng Mảng thuộc nhóm Môn–Khmer.',
      en: 'The Mảng live mainly in Lai Châu, along the Đà and Nậm Na rivers; Mang is a Mon–Khmer language.',
    },
    sources: [...BASE_SOURCES, LAICHAU_MANG],
    uncertainties: [
      {
        field: 'presentInDienBien',
        note: {
          vi: 'Trang của tỉnh Lai Châu cho biết có người Mảng sống rải rác ở Mường Lay (Điện Biên). Có thể đây là dân tộc thứ 19 mà tỉnh Điện Biên thường kể, nhưng chưa có nguồn nào của Điện Biên xác nhận.',
          en: 'The Lai Châu provincial site says some Mảng live scattered in Mường Lay (Điện Biên). They may be the 19th group Điện Biên usually counts, but no Điện Biên source confirms it.',
        },
      },
    ],
  },

  // ── 46–54 ──────────────────────────────────────────────────────────────
  {
    gsoCode: '46',
    slug: 'pa-then',
    name: { vi: 'Pà Thẻn', en: 'Pa Then' },
    otherNames: decisionNames('Pà Hưng', 'Tống'),
    languageGroup: 'hmong-dao',
    presentInDienBien: false,
    description: {
      vi: 'Người Pà Thẻn sống chủ yếu ở Tuyên Quang (gồm tỉnh Hà Giang cũ); tiếng Pà Thẻn thuộc nhóm H\'Mông–Dao.',
      en: 'The Pà Thẻn live mainly in Tuyên Quang (including former Hà Giang); Pa-Hng is a Hmong–Mien language.',
    },
    sources: [...BASE_SOURCES],
  },
  {
    gsoCode: '47',
    slug: 'co-lao',
    name: { vi: 'Cờ Lao', en: 'Gelao (Co Lao)' },
    otherNames: [decisionSpelling('Co Lao')],
    languageGroup: 'kadai',
    presentInDienBien: false,
    description: {
      vi: 'Người Cờ Lao sống chủ yếu ở vùng biên giới thuộc Tuyên Quang (Hà Giang cũ); tiếng Cờ Lao thuộc nhóm Ka Đai.',
      en: 'The Cờ Lao live mainly near the border in Tuyên Quang (former Hà Giang); Gelao is a Kra–Dai (Kadai) language.',
    },
    sources: [...BASE_SOURCES],
  },
  {
    gsoCode: '48',
    slug: 'cong',
    name: { vi: 'Cống', en: 'Cong' },
    otherNames: decisionNames('Xắm Khống', 'Mấng Nhé', 'Xá Xeng'),
    languageGroup: 'tibeto-burman',
    presentInDienBien: true,
    description: {
      vi: 'Người Cống sống chủ yếu ở Lai Châu và Điện Biên, ven sông Đà; tiếng Cống thuộc nhóm Tạng–Miến. Ở Điện Biên, người Cống sống ở các bản Púng Bon, Huổi Moi, Nậm Kè và Lả Chà.',
      en: 'The Cống live mainly in Lai Châu and Điện Biên, along the Đà river; Cong is a Tibeto-Burman language. In Điện Biên they live in the villages of Púng Bon, Huổi Moi, Nậm Kè and Lả Chà.',
    },
    populationNotes: [
      {
        figure: '~1,150 (over 210 households)',
        scope: 'Điện Biên province',
        sourceUrl: DANTOCMIENNUI_CONG.url,
        sourceTitle: DANTOCMIENNUI_CONG.title,
      },
    ],
    languages: ['cnc'],
    sources: [...BASE_SOURCES, DANTOCMIENNUI_CONG],
  },
  {
    gsoCode: '49',
    slug: 'bo-y',
    name: { vi: 'Bố Y', en: 'Bouyei (Bo Y)' },
    otherNames: decisionNames('Chủng Chá', 'Trọng Gia', 'Tu Di', 'Tu Dí'),
    languageGroup: 'tay-thai',
    presentInDienBien: false,
    description: {
      vi: 'Người Bố Y sống chủ yếu ở Lào Cai và Tuyên Quang (Hà Giang cũ); tiếng Bố Y thuộc nhóm Tày–Thái.',
      en: 'The Bố Y live mainly in Lào Cai and Tuyên Quang (former Hà Giang); Bouyei is a Tai language.',
    },
    sources: [...BASE_SOURCES],
  },
  {
    gsoCode: '50',
    slug: 'si-la',
    name: { vi: 'Si La', en: 'Si La' },
    otherNames: decisionNames('Cù Dề Xừ', 'Khả Pẻ'),
    languageGroup: 'tibeto-burman',
    presentInDienBien: true,
    description: {
      vi: 'Người Si La là một trong những dân tộc ít người nhất Việt Nam, sống ở Lai Châu và Điện Biên; tiếng Si La thuộc nhóm Tạng–Miến. Ở Điện Biên, người Si La sống ở vùng Nậm Sin, Mường Nhé.',
      en: 'The Si La are one of the smallest groups in Vietnam, living in Lai Châu and Điện Biên; Sila is a Tibeto-Burman language. In Điện Biên they live around Nậm Sin in the Mường Nhé area.',
    },
    populationNotes: [
      {
        figure: '238',
        year: 2025,
        scope: 'Điện Biên province (November 2025)',
        isUncertain: true,
      },
    ],
    languages: ['slt'],
    sources: [...BASE_SOURCES],
    uncertainties: [
      {
        field: 'populationNotes',
        note: {
          vi: 'Ghi chú nghiên cứu không ghi nguồn con số 238; chưa rõ con số tính cả tỉnh hay chỉ một bản, và tính người hay hộ.',
          en: 'The research notes give no source for 238; it is unclear whether it counts the whole province or one village, people or households.',
        },
      },
    ],
  },
  {
    gsoCode: '51',
    slug: 'pu-peo',
    name: { vi: 'Pu Péo', en: 'Pu Peo' },
    otherNames: decisionNames('Ka Pèo', 'Pen Ti Lô Lô'),
    languageGroup: 'kadai',
    presentInDienBien: false,
    description: {
      vi: 'Người Pu Péo sống ở vùng biên giới thuộc Tuyên Quang (Hà Giang cũ); tiếng Pu Péo thuộc nhóm Ka Đai.',
      en: 'The Pu Péo live near the border in Tuyên Quang (former Hà Giang); Qabiao is a Kra–Dai (Kadai) language.',
    },
    sources: [...BASE_SOURCES],
  },
  {
    gsoCode: '52',
    slug: 'brau',
    name: { vi: 'Brâu', en: 'Brao' },
    otherNames: decisionNames('Brao'),
    languageGroup: 'mon-khmer',
    presentInDienBien: false,
    description: {
      vi: 'Người Brâu là một trong những dân tộc ít người nhất, sống ở vùng ngã ba biên giới thuộc Quảng Ngãi (Kon Tum cũ); tiếng Brâu thuộc nhóm Môn–Khmer.',
      en: 'The Brâu are one of the smallest groups, living near the tri-border area in Quảng Ngãi (former Kon Tum); Brao is a Mon–Khmer language.',
    },
    sources: [...BASE_SOURCES],
  },
  {
    gsoCode: '53',
    slug: 'o-du',
    name: { vi: 'Ơ Đu', en: 'O Du' },
    otherNames: [decisionSpelling('Ơ-đu'), ...decisionNames('Tày Hạt')],
    languageGroup: 'mon-khmer',
    presentInDienBien: false,
    description: {
      vi: 'Người Ơ Đu là dân tộc ít người nhất Việt Nam, sống ở miền tây Nghệ An; tiếng Ơ Đu thuộc nhóm Môn–Khmer, nay rất ít người còn nói.',
      en: 'The Ơ Đu are the smallest group in Vietnam, living in western Nghệ An; Ơ Đu is a Mon–Khmer language with very few remaining speakers.',
    },
    sources: [...BASE_SOURCES],
  },
  {
    gsoCode: '54',
    slug: 'ro-mam',
    name: { vi: 'Rơ Măm', en: 'Ro Mam' },
    otherNames: [decisionSpelling('Rơ-măm')],
    languageGroup: 'mon-khmer',
    presentInDienBien: false,
    description: {
      vi: 'Người Rơ Măm là một trong những dân tộc ít người nhất, sống ở vùng Sa Thầy thuộc Quảng Ngãi (Kon Tum cũ); tiếng Rơ Măm thuộc nhóm Môn–Khmer.',
      en: 'The Rơ Măm are one of the smallest groups, living around Sa Thầy in Quảng Ngãi (former Kon Tum); Romam is a Mon–Khmer language.',
    },
    sources: [...BASE_SOURCES],
  },
];
