/**
 * The admin in Vietnamese: every field of every type carries a Vietnamese
 * label and help text in the content-manager's view configuration, set at
 * bootstrap without overwriting what an admin changed; tagged names list by
 * their value; new admin users start in Vietnamese.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ARCHIVE_UIDS, uidOf } from '../../../src/content-model';
import { applyFieldLabels } from '../../../src/curation/labels/strapi/apply-labels';
import { startTestApp, type TestApp } from '../../helpers/app';
import { adminJwt } from '../../helpers/people';

let app: TestApp;
let curator: string;
let superAdmin: string;

before(async () => {
  app = await startTestApp();
  curator = await adminJwt(app, 'di-san-curator');
  superAdmin = await adminJwt(app, 'strapi-super-admin');
});
after(() => app?.stop());

const configuration = async (uid: string) => {
  const response = await app.http().get(`/content-manager/content-types/${uid}/configuration`).set('Authorization', `Bearer ${curator}`);
  assert.equal(response.status, 200, JSON.stringify(response.body));
  return response.body.data;
};

describe('Vietnamese admin', () => {
  it('labels the festival edit view in Vietnamese, with help texts', async () => {
    const { contentType } = await configuration(uidOf('festival'));
    assert.equal(contentType.metadatas.otherNames.edit.label, 'Tên gọi khác');
    assert.equal(contentType.metadatas.ethnicGroups.edit.label, 'Dân tộc');
    assert.equal(contentType.metadatas.locationNote.edit.label, 'Ghi chú địa điểm');
    assert.match(contentType.metadatas.otherNames.edit.description, /BCP 47/);
    assert.equal(contentType.metadatas.name.list.label, 'Tên');
  });

  it('leaves no field of any type under its raw name', async () => {
    for (const uid of ARCHIVE_UIDS) {
      const { contentType, components } = await configuration(uid);
      for (const config of [contentType, ...Object.values(components as Record<string, typeof contentType>)]) {
        for (const [field, metadata] of Object.entries(config.metadatas as Record<string, { edit: { label?: string } }>)) {
          if (field === 'id' || field === 'documentId' || !metadata.edit.label) continue;
          assert.notEqual(metadata.edit.label, field, `${config.uid}.${field}`);
        }
      }
    }
  });

  it('lists a tagged name by its value, not its tag', async () => {
    const { components } = await configuration(uidOf('festival'));
    assert.equal(components['shared.tagged-name'].settings.mainField, 'value');
  });

  it('keeps a label an admin changed, however often bootstrap runs', async () => {
    const { contentType } = await configuration(uidOf('custom'));
    // What the admin panel sends back: the list's mainField is read-only.
    const sendable = Object.fromEntries(
      Object.entries(contentType.metadatas as Record<string, { edit: object; list: { mainField?: unknown } }>).map(([field, { edit, list }]) => {
        const { mainField: _, ...rest } = list;
        return [field, { edit, list: rest }];
      }),
    );
    const metadatas = { ...sendable, domain: { ...contentType.metadatas.domain, edit: { ...contentType.metadatas.domain.edit, label: 'Lĩnh vực (UNESCO)' } } };
    const saved = await app
      .http()
      .put(`/content-manager/content-types/${uidOf('custom')}/configuration`)
      .set('Authorization', `Bearer ${superAdmin}`)
      .send({ settings: contentType.settings, metadatas, layouts: contentType.layouts });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    await applyFieldLabels(app.strapi);
    const after = await configuration(uidOf('custom'));
    assert.equal(after.contentType.metadatas.domain.edit.label, 'Lĩnh vực (UNESCO)');
    assert.equal(after.contentType.metadatas.name.edit.label, 'Tên');
  });

  it('starts a new admin user in Vietnamese', async () => {
    const officer = await adminJwt(app, 'di-san-cultural-officer');
    const me = await app.http().get('/admin/users/me').set('Authorization', `Bearer ${officer}`);
    assert.equal(me.status, 200);
    assert.equal(me.body.data.preferedLanguage, 'vi');
  });
});
