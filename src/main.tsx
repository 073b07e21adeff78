// Entry: this module and what it imports statically are the first screen's JS (budget 40 KiB gz).
// chart.js and the questionnaires are loaded lazily.
import { render } from 'preact';
import { App } from './ui/App';
import './ui/styles.css';

render(<App />, document.getElementById('app')!);
// the service worker is not needed for the first screen: register it once the page has loaded
const registerLater = () => void import('./pwa/register').then((m) => m.registerServiceWorker());
if (document.readyState === 'complete') registerLater();
else window.addEventListener('load', registerLater, { once: true });
