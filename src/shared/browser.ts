// The one place that imports webextension-polyfill, so it can be dropped once every supported browser
// exposes a promise-based `browser` natively (Firefox does; Chrome has promises on `chrome`).
import browser from 'webextension-polyfill';

export type { Runtime, Storage, Tabs } from 'webextension-polyfill';
export default browser;
