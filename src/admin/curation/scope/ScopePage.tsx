/**
 * Settings → Di Sản → "Phạm vi xã của cán bộ": every cultural officer with
 * the communes and wards they work in, and a dialog to change them
 * (GET/PUT /di-san/scope/officers, GET /di-san/scope/communes).
 */
import * as React from 'react';
import { Box, Button, Flex, Table, Tag, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page, isFetchError, useFetchClient } from '@strapi/strapi/admin';
import { errorText } from '../shared/errors';
import { useText } from '../shared/use-text';
import { AssignDialog } from './AssignDialog';
import { vi } from './text';

export interface Commune {
  documentId: string;
  code: string | null;
  name: string;
  kind?: string;
}

export interface Officer {
  id: number;
  email: string;
  name: string;
  communes: Commune[];
}

const ScopePage = () => {
  const { t, language } = useText(vi);
  const { get } = useFetchClient();
  const [officers, setOfficers] = React.useState<Officer[] | null>(null);
  const [communes, setCommunes] = React.useState<Commune[]>([]);
  const [problem, setProblem] = React.useState<string | null>(null);
  const [editing, setEditing] = React.useState<Officer | null>(null);

  const load = React.useCallback(async () => {
    try {
      const [list, all] = await Promise.all([
        get<{ data: Officer[] }>('/di-san/scope/officers'),
        get<{ data: Commune[] }>('/di-san/scope/communes'),
      ]);
      setOfficers(list.data.data);
      setCommunes(all.data.data);
    } catch (error) {
      setProblem(isFetchError(error) && error.status === 403 ? t('di-san.scope.forbidden') : errorText(error, language));
    }
  }, [get, language]);

  React.useEffect(() => void load(), [load]);

  return (
    <Page.Main>
      <Page.Title>{t('di-san.scope.title')}</Page.Title>
      <Layouts.Header title={t('di-san.scope.title')} subtitle={t('di-san.scope.subtitle')} />
      <Layouts.Content>
        {problem ? (
          <Box role="alert" background="danger100" padding={4} hasRadius>
            <Typography textColor="danger700">{problem}</Typography>
          </Box>
        ) : officers === null ? (
          <Page.Loading />
        ) : officers.length === 0 ? (
          <Typography>{t('di-san.scope.empty')}</Typography>
        ) : (
          <Table colCount={3} rowCount={officers.length + 1}>
            <Thead>
              <Tr>
                <Th><Typography variant="sigma">{t('di-san.scope.officer')}</Typography></Th>
                <Th><Typography variant="sigma">{t('di-san.scope.communes')}</Typography></Th>
                <Th><Typography variant="sigma">{t('di-san.scope.edit')}</Typography></Th>
              </Tr>
            </Thead>
            <Tbody>
              {officers.map((officer) => (
                <Tr key={officer.id}>
                  <Td>
                    <Flex direction="column" alignItems="flex-start">
                      <Typography fontWeight="bold">{officer.name || officer.email}</Typography>
                      <Typography textColor="neutral600">{officer.email}</Typography>
                    </Flex>
                  </Td>
                  <Td>
                    {officer.communes.length ? (
                      <Flex gap={1} wrap="wrap">
                        {officer.communes.map((commune) => (
                          <Tag key={commune.documentId} icon={null}>{commune.name}</Tag>
                        ))}
                      </Flex>
                    ) : (
                      <Typography textColor="neutral600">{t('di-san.scope.none')}</Typography>
                    )}
                  </Td>
                  <Td>
                    <Button variant="secondary" onClick={() => setEditing(officer)}>{t('di-san.scope.edit')}</Button>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </Layouts.Content>
      {editing ? (
        <AssignDialog
          officer={editing}
          communes={communes}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setOfficers((list) => list?.map((o) => (o.id === saved.id ? saved : o)) ?? null);
            setEditing(null);
          }}
        />
      ) : null}
    </Page.Main>
  );
};

export default ScopePage;
