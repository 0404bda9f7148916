// Content script for firefox-add-ons pages: only this store's extractor is bundled.
import { extractFirefoxAddOns } from '../extract/firefox-add-ons';
import { firefoxAddOns } from '../../shared/stores/firefox-add-ons';
import { runContentScript } from '../run';

runContentScript(firefoxAddOns, extractFirefoxAddOns);
