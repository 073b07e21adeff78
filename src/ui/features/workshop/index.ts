// The workshop: preparing it, the projector for the room and the moderator's window.
export { WorkshopNewScreen } from './WorkshopNewScreen';
export { ProjectorScreen } from './ProjectorScreen';
export { ModeratorScreen } from './ModeratorScreen';
