// Firefox preferences for the e2e profile, on top of puppeteer's own test defaults
// (@puppeteer/browsers: no updates, no safebrowsing, no health report, no normandy...).

export const FIREFOX_PREFS: Record<string, string | number | boolean> = {
  // Every host name resolves to loopback, where the store server listens on 443: the URL stays the store's.
  // Third-party resources of the saved pages hit the same server and get a 404 at once.
  'network.dns.forceResolve': '127.0.0.1',
  // No DNS-over-HTTPS (it would bypass forceResolve), no prefetching, no connectivity probes.
  'network.trr.mode': 5,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  // Certificates: no revocation checks or CRLite/intermediate downloads for the self-signed test certificate.
  'security.OCSP.enabled': 0,
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  // Telemetry, studies, pings.
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': '',
  'app.normandy.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'browser.ping-centre.telemetry': false,
  'browser.discovery.enabled': false,
  // Updates of the browser, system add-ons and plugins; region and search lookups.
  'app.update.enabled': false,
  'app.update.auto': false,
  'extensions.systemAddon.update.enabled': false,
  'media.gmp-gmpopenh264.enabled': false,
  'browser.region.update.enabled': false,
  'browser.region.network.url': '',
  'browser.search.geoip.url': '',
  // Remote settings (blocklists etc.) go nowhere.
  'services.settings.server': 'https://127.0.0.1:9/v1',
  // Safebrowsing list updates.
  'browser.safebrowsing.update.enabled': false,
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  // New tab / urlbar content fetched from the network.
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.feeds.topsites': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.topsites.contile.enabled': false,
  'browser.urlbar.quicksuggest.enabled': false,
  'identity.fxaccounts.enabled': false,
  // Add-ons manager: no recommendations pane fetching from AMO.
  'extensions.getAddons.showPane': false,
  'extensions.htmlaboutaddons.recommendations.enabled': false,
};
