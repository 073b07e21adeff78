// Entry: this module and what it imports statically are the first screen's JS. Screens other than
// the start, the data layer (IndexedDB, the schema), chart.js and the questionnaires are loaded
// when needed.
import { render } from 'preact';
import { App } from './ui/App';
import './ui/styles/base.css';

render(<App />, document.getElementById('app')!);
// the app layer (storage, change messages, the warning before closing) starts right after the
// first paint; the service worker once the page has loaded
void import('./app/start').then((m) => m.startApp());
const registerLater = () => void import('./pwa/register').then((m) => m.registerServiceWorker());
if (document.readyState === 'complete') registerLater();
else window.addEventListener('load', registerLater, { once: true });
