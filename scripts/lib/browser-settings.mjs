// Settings that keep a browser driven by the tests or by `npm start` quiet: no first-run
// screens, no updates, no background fetches of its own. Shared so the demo browser and the
// tested one behave alike.

export const DEFAULT_CHROME_PATH = '/usr/bin/chromium';
export const DEFAULT_FIREFOX_PATH = '/usr/bin/firefox-esr';

export function chromePath() {
  return process.env.CHROME_PATH ?? DEFAULT_CHROME_PATH;
}

export function firefoxPath() {
  return process.env.FIREFOX_PATH ?? DEFAULT_FIREFOX_PATH;
}

export const QUIET_CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-default-apps',
  '--disable-features=AutofillServerCommunication,CertificateTransparencyComponentUpdater,InterestFeedContentSuggestions,MediaRouter,NetworkTimeServiceQuerying,OptimizationHints,PreconnectToSearch,Translate',
];

// Port 9 (discard) on loopback: nothing listens there, so these calls fail at once.
const NOWHERE = 'http://127.0.0.1:9/';

/**
 * Chromium flags that keep it from reaching anything but the loopback address. Google
 * account checks, on-demand component downloads (which --disable-component-update does
 * not stop), the push-messaging check-in and Google-search calls such as the AI-mode
 * eligibility check (both new in Chromium 150) are sent nowhere; every other host fails
 * to resolve; whatever is sent anyway goes to `proxyOrigin` (the test server, which
 * records and refuses it). Loopback is never proxied.
 *
 * One exception bypasses the proxy, so it fails at name resolution instead of being recorded:
 * the spelling dictionary download. Chromium starts it a few seconds after a text field is
 * typed in, even with spell checking turned off in the profile, and no switch stops it.
 */
export function offlineChromiumArgs(proxyOrigin) {
  return [
    `--gaia-url=${NOWHERE}`,
    `--component-updater=url-source=${NOWHERE}`,
    `--gcm-checkin-url=${NOWHERE}`,
    `--google-base-url=${NOWHERE}`,
    `--proxy-server=${proxyOrigin}`,
    '--proxy-bypass-list=redirector.gvt1.com',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ];
}

/** The Firefox ID in the manifest (wxt.config.ts), which the UUID pin below is keyed on. */
export const FIREFOX_ADDON_ID = 'marginalia@marginalia.invalid';

const QUIET_FIREFOX_PREFS = {
  'app.update.enabled': false,
  'app.update.auto': false,
  'app.update.staging.enabled': false,
  'app.normandy.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'browser.discovery.enabled': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.feeds.snippets': false,
  'browser.newtabpage.activity-stream.showSponsored': false,
  'browser.newtabpage.activity-stream.showSponsoredTopSites': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.ping-centre.telemetry': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.update.enabled': false,
  'browser.search.geoip.url': '',
  'browser.topsites.contile.enabled': false,
  'captivedetect.canonicalURL': '',
  'datareporting.policy.dataSubmissionEnabled': false,
  'dom.push.connection.enabled': false,
  'dom.push.serverURL': '',
  'extensions.blocklist.enabled': false,
  'extensions.getAddons.showPane': false,
  'extensions.htmlaboutaddons.recommendations.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.systemAddon.update.url': '',
  'identity.fxaccounts.enabled': false,
  'media.gmp-gmpopenh264.enabled': false,
  'media.gmp-manager.url': '',
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.http.speculative-parallel-limit': 0,
  'network.predictor.enabled': false,
  'network.prefetch-next': false,
  'network.trr.mode': 5,
  'security.OCSP.enabled': 0,
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.shutdownPingSender.enabled': false,
  'toolkit.telemetry.firstShutdownPing.enabled': false,
  'toolkit.telemetry.newProfilePing.enabled': false,
  'toolkit.telemetry.bhrPing.enabled': false,
  'toolkit.telemetry.updatePing.enabled': false,
};

/**
 * Environment for a tested Firefox: it refuses connections to any non-loopback address, and
 * (only then) lets the Remote Settings server be overridden, which release builds otherwise
 * ignore and keep polling Mozilla's.
 */
export function testFirefoxEnv() {
  return { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' };
}

/**
 * Firefox preferences for the tests: quiet, offline except loopback (everything else goes to
 * `proxy`, the test server, which records and refuses it), and the extension's internal UUID
 * pinned so its pages have a known moz-extension:// address. Storage is kept when the
 * temporary add-on goes away with the browser, so a relaunch on the same profile finds it.
 */
export function testFirefoxPrefs({ uuid, proxy }) {
  return {
    ...QUIET_FIREFOX_PREFS,
    // The marker Remote Settings (blocklists, certificate data, …) knows as "tests: stay
    // off the network"; honoured only with the environment below.
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: uuid }),
    'extensions.webextensions.keepStorageOnUninstall': true,
    'extensions.webextensions.keepUuidOnUninstall': true,
    'network.proxy.type': 1,
    'network.proxy.http': proxy.host,
    'network.proxy.http_port': proxy.port,
    'network.proxy.ssl': proxy.host,
    'network.proxy.ssl_port': proxy.port,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': false,
  };
}
