// The UI language, remembered on this device (a preference, not data: losing it is harmless).
export { loadLanguage, saveLanguage } from '../storage/preferences';
