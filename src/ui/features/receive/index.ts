// Receiving an assessment from QR codes (camera, photos or screenshots).
// its styles come with its chunk
import '../../styles/import-outcome.css';
import '../../styles/receive.css';
export { ReceiveScreen } from './ReceiveScreen';
