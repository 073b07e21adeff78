// The names of a workshop's two windows: the projector's and the moderator's. Links target them by
// name, so that a link reaches the window that is already open instead of opening another.

/** The name of the projector window of workshop `id`. */
export const projectorWindow = (id: string): string => `projektor-${id}`;

/** The name of the moderator window of workshop `id`. */
export const moderatorWindow = (id: string): string => `moderation-${id}`;

/** Names this window as the projector's or the moderator's of workshop `id`. */
export function nameWindow(role: 'projector' | 'moderator', id: string): void {
  window.name = role === 'projector' ? projectorWindow(id) : moderatorWindow(id);
}
