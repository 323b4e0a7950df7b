/** A festival as the guarded reader returns it, with real Vietnamese text (shared by the export tests). */
export const FESTIVAL = {
  documentId: 'fst0xenban00000000000001',
  locale: 'vi',
  name: 'Lễ hội Xên bản',
  slug: 'le-hoi-xen-ban',
  otherNames: [
    { tag: 'blt-Tavt', value: 'ꪹꪎꪾꪉ ꪚꪱꪙ', note: 'chữ Thái Đen' },
    { tag: 'blt', value: 'Xên bản, Xên mường', note: null },
  ],
  ethnicGroups: [{ documentId: 'grp0thai0000000000000003', name: 'Thái' }],
  places: [
    { documentId: 'plc0thanhnua000000000001', name: 'Xã Thanh Nưa' },
    { documentId: 'plc0dienbien000000000002', name: 'Đ|iện "Biên"' },
  ],
  locationNote: '=HYPERLINK("http://evil.example")',
  timing: { calendar: 'lunar', month: 3, day: 5, endMonth: null, endDay: null, leapMonth: 'regular-only', note: 'Tuỳ bản,\nthầy mo chọn ngày' },
  occurrences: [{ year: 2027, startDate: '2027-04-01', endDate: '2027-04-03', sourceUrl: 'https://example.vn/2027', sourceTitle: 'Lịch', note: null }],
  description: 'Lễ cúng **bản** — "thần rừng", cầu mùa.\r\nDòng hai',
  rituals: null,
  heritageStatus: [{ list: 'national', year: 2021, reference: 'QĐ 1234' }],
  sources: [{ title: 'Văn hoá Thái | Điện Biên', publisher: 'NXB Văn hoá', url: 'https://example.vn/a', accessedOn: '2026-01-02', isUncertain: true }],
  uncertainties: [{ field: 'timing', note: 'Các bản tổ chức khác ngày' }],
  accessLevel: 'public',
  publishedAt: '2026-11-02T03:15:00.123Z',
  updatedAt: new Date('2026-12-01T09:40:12.999Z'),
};
