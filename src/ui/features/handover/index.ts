// Handing an assessment over as QR codes, or through the device's share sheet.
export { HandoverScreen } from './HandoverScreen';
