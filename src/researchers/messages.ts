/** What the token channel says when it refuses (both languages in one message, as the REST API's other errors). */
export const TOKEN_REFUSED = {
  malformed:
    'Khoá truy cập của nhà nghiên cứu không đúng định dạng. / This researcher token is malformed.',
  unknown:
    'Khoá truy cập của nhà nghiên cứu không hợp lệ hoặc đã bị thu hồi; hãy tạo khoá mới trong trang tài khoản. / ' +
    'This researcher token is not valid or has been revoked; create a new one on your account page.',
  account:
    'Tài khoản nhà nghiên cứu của khoá này không còn hoạt động. / The researcher account of this token is no longer active.',
  rate: (limit: number, seconds: number) =>
    `Quá ${limit} yêu cầu mỗi phút với khoá này; thử lại sau ${seconds} giây. / ` +
    `More than ${limit} requests a minute with this token; try again in ${seconds} seconds.`,
};

export interface Mail {
  subject: string;
  text: string;
}

/** Both languages in each mail: the researcher may have asked in either. */
export const MAILS = {
  received: ({ name }: { name: string }): Mail => ({
    subject: 'Di Sản: đã nhận yêu cầu truy cập / access request received',
    text:
      `Chào ${name},\n\nKho lưu trữ Di Sản Điện Biên đã nhận yêu cầu truy cập dành cho nhà nghiên cứu của bạn. ` +
      'Người quản lý sẽ xem xét và trả lời qua địa chỉ email này.\n\n' +
      `Dear ${name},\n\nThe Di Sản archive has received your researcher access request. ` +
      'A curator will review it and reply to this address.\n',
  }),
  duplicate: (): Mail => ({
    subject: 'Di Sản: yêu cầu truy cập / access request',
    text:
      'Địa chỉ email này đã có một yêu cầu đang chờ duyệt hoặc một tài khoản nhà nghiên cứu, nên không có yêu cầu mới nào được tạo. ' +
      'Nếu bạn quên mật khẩu, hãy liên hệ người quản lý kho lưu trữ.\n\n' +
      'This address already has a pending request or a researcher account, so no new request was made. ' +
      'If you forgot your password, contact the archive\'s curator.\n',
  }),
  approved: ({ name, link }: { name: string; link: string }): Mail => ({
    subject: 'Di Sản: yêu cầu truy cập đã được chấp thuận / access approved',
    text:
      `Chào ${name},\n\nYêu cầu truy cập của bạn đã được chấp thuận. Hãy đặt mật khẩu qua đường dẫn dùng một lần sau (hiệu lực 7 ngày):\n\n${link}\n\n` +
      `Dear ${name},\n\nYour access request has been approved. Set your password through this one-time link (valid for 7 days):\n\n${link}\n`,
  }),
  declined: ({ name, reason }: { name: string; reason: string }): Mail => ({
    subject: 'Di Sản: yêu cầu truy cập chưa được chấp thuận / access request declined',
    text:
      `Chào ${name},\n\nRất tiếc, yêu cầu truy cập của bạn chưa được chấp thuận. Lý do:\n\n${reason}\n\n` +
      `Dear ${name},\n\nWe are sorry: your access request was declined. The reason:\n\n${reason}\n`,
  }),
};
