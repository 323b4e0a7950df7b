/**
 * The audit log's actions (docs/curation.md § Audit log) in both languages,
 * for the filter and the table, and the prefixes the filter offers
 * (`record.*` on the server means every action starting with `record.`).
 */
export const ACTION_NAMES: Record<string, { vi: string; en: string }> = {
  'record.create': { vi: 'Tạo hồ sơ', en: 'Record created' },
  'record.update': { vi: 'Sửa hồ sơ', en: 'Record edited' },
  'record.publish': { vi: 'Công bố hồ sơ', en: 'Record published' },
  'record.unpublish': { vi: 'Gỡ công bố hồ sơ', en: 'Record unpublished' },
  'record.delete': { vi: 'Xoá hồ sơ', en: 'Record deleted' },
  'record.discard-draft': { vi: 'Huỷ bản nháp', en: 'Draft discarded' },
  'history.restore': { vi: 'Khôi phục phiên bản', en: 'Version restored' },
  'review.submit': { vi: 'Gửi duyệt', en: 'Submitted for review' },
  'review.approve': { vi: 'Duyệt', en: 'Approved' },
  'review.request-changes': { vi: 'Yêu cầu sửa', en: 'Changes requested' },
  'review.edit': { vi: 'Sửa khi đang duyệt', en: 'Edited during review' },
  'review.unpublish': { vi: 'Gỡ công bố (duyệt)', en: 'Unpublished (review)' },
  'consent.withdraw': { vi: 'Rút đồng ý', en: 'Consent withdrawn' },
  'consent.original-deleted': { vi: 'Xoá tệp gốc (rút đồng ý)', en: 'Original deleted (consent)' },
  'file.download-restricted': { vi: 'Tải tệp gốc hạn chế', en: 'Restricted original downloaded' },
  'auth.login': { vi: 'Đăng nhập', en: 'Signed in' },
  'auth.login-failed': { vi: 'Đăng nhập thất bại', en: 'Failed sign-in' },
  'admin.user-create': { vi: 'Tạo tài khoản quản trị', en: 'Admin user created' },
  'admin.user-update': { vi: 'Sửa tài khoản quản trị', en: 'Admin user updated' },
  'admin.user-delete': { vi: 'Xoá tài khoản quản trị', en: 'Admin user deleted' },
  'admin.role-create': { vi: 'Tạo vai trò', en: 'Role created' },
  'admin.role-update': { vi: 'Sửa vai trò', en: 'Role updated' },
  'admin.role-delete': { vi: 'Xoá vai trò', en: 'Role deleted' },
  'admin.permissions-update': { vi: 'Đổi quyền', en: 'Permissions changed' },
  'admin.token-create': { vi: 'Tạo khoá API', en: 'API token created' },
  'admin.token-update': { vi: 'Sửa khoá API', en: 'API token updated' },
  'admin.token-delete': { vi: 'Xoá khoá API', en: 'API token deleted' },
  'admin.token-regenerate': { vi: 'Tạo lại khoá API', en: 'API token regenerated' },
  'audit.export': { vi: 'Xuất nhật ký', en: 'Log exported' },
  'researcher.request': { vi: 'Yêu cầu tài khoản nhà nghiên cứu', en: 'Researcher access requested' },
  'researcher.approve': { vi: 'Chấp thuận nhà nghiên cứu', en: 'Researcher request approved' },
  'researcher.decline': { vi: 'Từ chối nhà nghiên cứu', en: 'Researcher request declined' },
  'researcher.password-set': { vi: 'Nhà nghiên cứu đặt mật khẩu', en: 'Researcher set a password' },
  'researcher.sign-in': { vi: 'Nhà nghiên cứu đăng nhập', en: 'Researcher signed in' },
  'researcher.sign-in-failed': { vi: 'Nhà nghiên cứu đăng nhập thất bại', en: 'Failed researcher sign-in' },
  'researcher.token-create': { vi: 'Tạo khoá nhà nghiên cứu', en: 'Researcher token created' },
  'researcher.token-revoke': { vi: 'Thu hồi khoá nhà nghiên cứu', en: 'Researcher token revoked' },
  'researcher.token-use': { vi: 'Dùng khoá nhà nghiên cứu', en: 'Researcher token used' },
};

/** Groups offered in the filter, each a server prefix. */
export const ACTION_GROUPS: Record<string, { vi: string; en: string }> = {
  'record.*': { vi: 'Hồ sơ (mọi thao tác)', en: 'Records (all)' },
  'review.*': { vi: 'Duyệt (mọi thao tác)', en: 'Review (all)' },
  'history.*': { vi: 'Lịch sử (mọi thao tác)', en: 'History (all)' },
  'consent.*': { vi: 'Sự đồng ý (mọi thao tác)', en: 'Consent (all)' },
  'auth.*': { vi: 'Đăng nhập (mọi thao tác)', en: 'Sign-in (all)' },
  'admin.*': { vi: 'Quản trị (mọi thao tác)', en: 'Administration (all)' },
  'researcher.*': { vi: 'Nhà nghiên cứu (mọi thao tác)', en: 'Researchers (all)' },
};

/** An action in the admin's language; an action this list does not know yet keeps its code. */
export function actionName(action: string, language: 'vi' | 'en'): string {
  return ACTION_NAMES[action]?.[language] ?? action;
}
