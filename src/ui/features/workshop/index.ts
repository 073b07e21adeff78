// The workshop: preparing it, the projector for the room and the moderator's window.
// its styles come with its chunk
import '../../styles/screen-parts.css';
import '../../styles/figures.css';
import '../../styles/workshop.css';
export { WorkshopNewScreen } from './WorkshopNewScreen';
export { ProjectorScreen } from './ProjectorScreen';
export { ModeratorScreen } from './ModeratorScreen';
