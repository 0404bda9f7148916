// Which country a postal address shown on a store page is in. Stores print the country as the last
// line of the developer's address ("United States", "대한민국", "Sweden"), in the page's language, so
// names come from the browser's own Intl data in several languages, plus common short forms.
const REGIONS =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW'.split(' ');
const LANGUAGES = ['en', 'zh-Hans', 'zh-Hant', 'ja', 'ko', 'th', 'vi', 'id', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'pl', 'sv', 'tr', 'ru', 'ar', 'he', 'hi'];
const ALIASES: Record<string, string> = {
  usa: 'us', 'u s a': 'us', us: 'us', 'u s': 'us', 'united states of america': 'us',
  uk: 'gb', 'great britain': 'gb', england: 'gb', scotland: 'gb', wales: 'gb', 'northern ireland': 'gb',
  'hong kong': 'hk', 'hong kong sar': 'hk', macau: 'mo', macao: 'mo', 'korea': 'kr', 'republic of korea': 'kr', 'korea republic of': 'kr',
  'russian federation': 'ru', 'czech republic': 'cz', 'viet nam': 'vn', turkey: 'tr', türkiye: 'tr', uae: 'ae',
  "people's republic of china": 'cn', prc: 'cn', 'p r china': 'cn', 'mainland china': 'cn', 'the netherlands': 'nl', 'holland': 'nl',
};

export interface AddressCountry {
  /** ISO 3166-1 alpha-2 in lower case, as dataset jurisdiction ids. */
  id: string;
  /** The words of the address that named it. */
  matched: string;
  /** "last-line": the address ends with the country, as stores print it; "in-address": named elsewhere. */
  confidence: 'last-line' | 'in-address';
}

const normalise = (s: string): string =>
  s.normalize('NFKC').toLowerCase().replace(/[.,()'’"]/g, ' ').replace(/\s+/g, ' ').trim();

let names: Map<string, string> | undefined;

function countryNames(): Map<string, string> {
  if (names) return names;
  names = new Map(Object.entries(ALIASES));
  for (const language of LANGUAGES) {
    let display: Intl.DisplayNames;
    try {
      display = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    } catch {
      continue; // a browser without this language's data
    }
    for (const code of REGIONS) {
      const name = display.of(code);
      if (name && !names.has(normalise(name))) names.set(normalise(name), code.toLowerCase());
    }
  }
  return names;
}

/** The country an address names, or null. Never throws. */
export function countryFromAddress(address: string | null | undefined): AddressCountry | null {
  if (!address) return null;
  const lines = address.split(/\n|,(?=[^,]*$)/).map((l) => l.trim()).filter(Boolean);
  const map = countryNames();
  const last = lines.at(-1);
  if (last !== undefined) {
    const id = map.get(normalise(last));
    if (id) return { id, matched: last, confidence: 'last-line' };
  }
  return findInside(normalise(address), map);
}

/** The longest country name that stands as whole words somewhere in the address. */
function findInside(text: string, map: Map<string, string>): AddressCountry | null {
  let best: AddressCountry | null = null;
  for (const [name, id] of map) {
    // Two-letter aliases ("us", "uk") are too ambiguous inside a street address.
    if (name.length < 4 || (best && best.matched.length >= name.length)) continue;
    const at = text.indexOf(name);
    if (at < 0) continue;
    const before = text[at - 1];
    const after = text[at + name.length];
    const wordEdge = (c: string | undefined) => c === undefined || !/[\p{L}\p{N}]/u.test(c) || /[\p{Script=Han}\p{Script=Hangul}\p{Script=Thai}]/u.test(name);
    if (wordEdge(before) && wordEdge(after)) best = { id, matched: name, confidence: 'in-address' };
  }
  return best;
}
