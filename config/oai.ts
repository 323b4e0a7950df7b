import type { Core } from '@strapi/strapi';

/** OAI-PMH at /oai (src/oai): what Identify says, and what records carry when they have nothing of their own. */
const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  /** Identify's adminEmail; when unset, the active Super Admins' addresses are given. */
  adminEmail: env('OAI_ADMIN_EMAIL', ''),
  repositoryName: env(
    'OAI_REPOSITORY_NAME',
    'Di Sản Điện Biên — Kho lưu trữ số di sản văn hoá các dân tộc tỉnh Điện Biên / Digital archive of the cultural heritage of the ethnic communities of Điện Biên',
  ),
  /** dc:publisher of every record: the institution that runs the archive. */
  publisher: env('ARCHIVE_PUBLISHER', 'Di Sản Điện Biên'),
  /** dc:rights of records without a rights statement of their own (text records); empty: none. */
  defaultRights: env('ARCHIVE_DEFAULT_RIGHTS', ''),
  /** Records per ListRecords page and headers per ListIdentifiers page (then a resumption token). */
  recordsPerPage: env.int('OAI_RECORDS_PER_PAGE', 100),
  headersPerPage: env.int('OAI_HEADERS_PER_PAGE', 250),
});

export default config;
