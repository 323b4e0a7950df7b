/**
 * "Xem thay đổi": the saved draft against the published version, one row per
 * changed field, named with the archive's own field labels (Vietnamese for a
 * Vietnamese admin), not the schema's attribute names.
 */
import { Box, Button, Flex, Loader, Modal, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { fieldLabel } from '../../../curation/labels/fields';
import { useText } from '../shared/use-text';
import { useReviewDiff } from './api';
import { vi } from './translations';

/** Long texts (descriptions in Markdown) are cut: the modal compares, the edit view shows all. */
const MAX_CHARS = 1200;

interface Props {
  uid: string;
  documentId: string;
  locale: string;
  version?: string;
  onClose(): void;
}

export const DiffModal = ({ uid, documentId, locale, version, onClose }: Props) => {
  const { t, language } = useText(vi);
  const { data, isLoading, isError } = useReviewDiff({ uid, documentId, locale, version }, { refetchOnMountOrArgChange: true });

  const show = (value: unknown): string => {
    if (value == null || value === '' || (Array.isArray(value) && value.length === 0)) return t('di-san.review.diff.empty');
    if (typeof value === 'boolean') return t(value ? 'di-san.review.diff.yes' : 'di-san.review.diff.no');
    if (typeof value === 'string') return value.length > MAX_CHARS ? `${value.slice(0, MAX_CHARS)}…` : value;
    if (typeof value === 'number') return String(value);
    const json = JSON.stringify(value, null, 1);
    return json.length > MAX_CHARS ? `${json.slice(0, MAX_CHARS)}…` : json;
  };

  return (
    <Modal.Root open onOpenChange={(open) => !open && onClose()}>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{t('di-san.review.diff.title')}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          {isLoading ? (
            <Flex justifyContent="center" padding={6}>
              <Loader small>{t('di-san.review.panel.loading')}</Loader>
            </Flex>
          ) : isError || !data ? (
            <Typography textColor="danger600">{t('di-san.review.panel.error')}</Typography>
          ) : (
            <Flex direction="column" alignItems="stretch" gap={4}>
              {!data.isPublished && <Typography textColor="neutral600">{t('di-san.review.diff.neverPublished')}</Typography>}
              {data.changes.length === 0 ? (
                <Typography>{t('di-san.review.diff.none')}</Typography>
              ) : (
                <Table colCount={3} rowCount={data.changes.length + 1}>
                  <Thead>
                    <Tr>
                      <Th>
                        <Typography variant="sigma">{t('di-san.review.diff.field')}</Typography>
                      </Th>
                      <Th>
                        <Typography variant="sigma">{t('di-san.review.diff.before')}</Typography>
                      </Th>
                      <Th>
                        <Typography variant="sigma">{t('di-san.review.diff.after')}</Typography>
                      </Th>
                    </Tr>
                  </Thead>
                  <Tbody>
                    {data.changes.map((change) => (
                      <Tr key={change.field}>
                        <Td>
                          <Typography fontWeight="bold">{fieldLabel(uid, change.field)?.[language] ?? change.field}</Typography>
                        </Td>
                        <Td>
                          <Value text={show(change.before)} tone="danger" />
                        </Td>
                        <Td>
                          <Value text={show(change.after)} tone="success" />
                        </Td>
                      </Tr>
                    ))}
                  </Tbody>
                </Table>
              )}
            </Flex>
          )}
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{t('di-san.review.close')}</Button>
          </Modal.Close>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};

/** Table cells clip by default; a compared value must wrap and keep its line breaks. */
const Value = ({ text, tone }: { text: string; tone: 'danger' | 'success' }) => (
  <Box background={`${tone}100`} padding={2} hasRadius style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', maxWidth: '22rem' }}>
    <Typography variant="omega">{text}</Typography>
  </Box>
);
