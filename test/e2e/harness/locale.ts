/**
 * The locale and time zone every tested browser runs in, so what the popup renders through
 * Intl (dates above all) is the same on any machine. Tests derive expected text from these.
 */
export const TEST_LOCALE = 'en-US';
export const TEST_TIME_ZONE = 'UTC';

/** Environment for a tested browser process: the pinned time zone and language. */
export function pinnedLocaleEnv(): Record<string, string | undefined> {
  return { TZ: TEST_TIME_ZONE, LANG: 'en_US.UTF-8', LANGUAGE: 'en_US' };
}
