/** The dashboard's title and tagline: in its header, and on the screen shown while its script loads. */
export const SITE_TITLE = 'China–Central Asia Trade & Relations';
export const SITE_TAGLINE =
  'China’s trade with Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan, and the meetings that shape it, with the source of every figure.';
