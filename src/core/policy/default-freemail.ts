/**
 * Personal and free-mail domains common in Japan: web mail, carrier mail (キャリアメール, including the older and
 * budget brands people keep for years) and the big consumer services. Subdomains match too (t.vodafone.ne.jp,
 * dj.pdx.ne.jp). A policy that sets `freemailDomains` replaces this list.
 */
export const DEFAULT_FREEMAIL_DOMAINS = [
  // Web mail
  "gmail.com",
  "googlemail.com",
  "yahoo.co.jp",
  "ymail.ne.jp",
  "yahoo.com",
  "outlook.com",
  "outlook.jp",
  "hotmail.com",
  "hotmail.co.jp",
  "live.jp",
  "live.com",
  "msn.com",
  "icloud.com",
  "me.com",
  "mac.com",
  "aol.com",
  "proton.me",
  "protonmail.com",
  "rakuten.jp",
  // Carrier mail: NTT docomo, au (KDDI), SoftBank, Y!mobile and its predecessors, UQ mobile, Rakuten Mobile
  "docomo.ne.jp",
  "mopera.net",
  "ezweb.ne.jp",
  "au.com",
  "uqmobile.jp",
  "softbank.ne.jp",
  "i.softbank.jp",
  "vodafone.ne.jp",
  "disney.ne.jp",
  "ymobile.ne.jp",
  "y-mobile.ne.jp",
  "emobile.ne.jp",
  "willcom.com",
  "pdx.ne.jp",
  "wcm.ne.jp",
  "rakumail.jp",
] as const;
