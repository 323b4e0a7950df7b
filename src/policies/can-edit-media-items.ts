import { uidOf } from '../content-model';

/** May this admin edit media items? Officers and curators can; a read-only role cannot. */
export default (policyContext: { state: { userAbility?: { can(action: string, subject: string): boolean } } }) =>
  Boolean(policyContext.state.userAbility?.can('plugin::content-manager.explorer.update', uidOf('media-item')));
