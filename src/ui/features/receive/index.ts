// Receiving an assessment from QR codes (camera, photos or screenshots).
export { ReceiveScreen } from './ReceiveScreen';
