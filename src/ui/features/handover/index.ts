// Handing an assessment over as QR codes, or through the device's share sheet.
// its styles come with its chunk
import '../../styles/handover.css';
export { HandoverScreen } from './HandoverScreen';
