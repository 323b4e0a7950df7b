import type { Core } from '@strapi/strapi';
import { ARCHIVE_UIDS } from '../../../content-model';
import { COMPONENT_MAIN_FIELDS, fieldLabel } from '../fields';

type Metadata = { edit?: Record<string, unknown>; list?: Record<string, unknown> };
interface Configuration {
  settings: Record<string, unknown>;
  metadatas: Record<string, Metadata>;
  layouts: Record<string, unknown>;
}

/**
 * The Vietnamese label and help text of each field, written into the
 * content-manager's view configuration of each archive type and component.
 * Runs at every bootstrap and changes only what is still Strapi's default (a
 * label equal to the field name, an empty description), so what an admin
 * renamed in "Configure the view" stays theirs. The English comes from the
 * admin panel's translations, which Strapi looks up before these labels.
 */
export async function applyFieldLabels(strapi: Core.Strapi): Promise<void> {
  const manager = strapi.plugin('content-manager');
  const types = manager.service('content-types');
  for (const uid of ARCHIVE_UIDS) {
    const model = strapi.contentType(uid);
    const configuration = (await types.findConfiguration(model)) as Configuration;
    const metadatas = labelled(uid, configuration.metadatas);
    if (metadatas) await types.updateConfiguration(model, { ...pick(configuration), metadatas });
  }
  const components = manager.service('components');
  for (const uid of Object.keys(strapi.components)) {
    const component = strapi.components[uid as keyof typeof strapi.components];
    const configuration = (await components.findConfiguration(component)) as Configuration;
    const metadatas = labelled(uid, configuration.metadatas);
    const settings = await mainFieldOnce(strapi, uid, configuration.settings);
    if (metadatas || settings) {
      await components.updateConfiguration(component, {
        ...pick(configuration),
        metadatas: metadatas ?? configuration.metadatas,
        settings: settings ?? configuration.settings,
      });
    }
  }
}

const pick = ({ settings, metadatas, layouts }: Configuration) => ({ settings, metadatas, layouts });

/** The metadatas with default labels replaced, or null when nothing is left to change. */
function labelled(uid: string, metadatas: Record<string, Metadata>): Record<string, Metadata> | null {
  let changed = false;
  const next: Record<string, Metadata> = {};
  for (const [field, metadata] of Object.entries(metadatas)) {
    const text = fieldLabel(uid, field);
    const edit = { ...metadata.edit };
    const list = { ...metadata.list };
    if (text && edit.label === field) ((edit.label = text.vi), (changed = true));
    if (text && 'description' in edit && !edit.description) ((edit.description = text.viHelp), (changed = true));
    if (text && list.label === field) ((list.label = text.vi), (changed = true));
    next[field] = { ...metadata, edit, list };
  }
  return changed ? next : null;
}

/**
 * A component's list title ("mainField") is set once: Strapi's default is the
 * first text field, which for a tagged name is the tag ("vi", "vi"). Once set,
 * an admin's later choice is kept, so this runs only the first time.
 */
async function mainFieldOnce(strapi: Core.Strapi, uid: string, settings: Record<string, unknown>) {
  const field = COMPONENT_MAIN_FIELDS[uid];
  const marker = { type: 'core', name: 'di-san', key: `main-field:${uid}` } as const;
  if (!field || settings.mainField === field || (await strapi.store.get(marker))) return null;
  await strapi.store.set({ ...marker, value: field });
  return { ...settings, mainField: field };
}
