/**
 * The small, hand-kept word lists the suggestion rules need beyond compromise's lexicon
 * (which knows first names, surnames, countries, cities and many organisations, but not
 * which capital or demonym belongs to which country, nor how news text names speakers).
 *
 * Keep each list short and general: a word belongs here when news writing in general uses
 * it that way, never because one article does.
 */

export interface CountryEntry {
  /** The name a party gets. */
  name: string;
  /** Other names of the country ("U.S.", "America"). */
  aliases: string[];
  /** Adjectives and nouns of nationality ("Syrian"); with "government" they mean the state. */
  demonyms: string[];
  /** Seat of government: stands for the government when used as a subject ("Moscow said"). */
  capital?: string;
}

// Countries that news in English most often names by their capital or demonym. Other
// countries are still recognised as countries through compromise's lexicon; they only
// miss the capital and demonym links. A capital that is also a surname or a town elsewhere
// ("Kingston", "Georgetown", "Nassau") is left out. Format: name | aliases | demonyms | capital.
const COUNTRY_TABLE = `
United States|U.S.,US,USA,U.S.A.,America,United States of America|American,Americans|Washington
United Kingdom|U.K.,UK,Britain,Great Britain|British,Briton,Britons|London
Russia|Russian Federation|Russian,Russians|Moscow
China|People's Republic of China,PRC|Chinese|Beijing
France|French Republic|French|Paris
Germany|Federal Republic of Germany|German,Germans|Berlin
Japan||Japanese|Tokyo
India||Indian,Indians|New Delhi
Pakistan||Pakistani,Pakistanis|Islamabad
Afghanistan||Afghan,Afghans|Kabul
Iran|Islamic Republic of Iran|Iranian,Iranians|Tehran
Iraq||Iraqi,Iraqis|Baghdad
Syria|Syrian Arab Republic|Syrian,Syrians|Damascus
Turkey|Türkiye|Turkish,Turks|Ankara
Israel||Israeli,Israelis|Jerusalem
Egypt||Egyptian,Egyptians|Cairo
Saudi Arabia|Saudi|Saudi,Saudis|Riyadh
Yemen||Yemeni,Yemenis|Sanaa
Lebanon||Lebanese|Beirut
Jordan||Jordanian,Jordanians|Amman
Libya||Libyan,Libyans|Tripoli
Tunisia||Tunisian,Tunisians|Tunis
Algeria||Algerian,Algerians|Algiers
Morocco||Moroccan,Moroccans|Rabat
Sudan||Sudanese|Khartoum
South Sudan||South Sudanese|Juba
Ethiopia||Ethiopian,Ethiopians|Addis Ababa
Kenya||Kenyan,Kenyans|Nairobi
Nigeria||Nigerian,Nigerians|Abuja
South Africa||South African,South Africans|Pretoria
Ukraine||Ukrainian,Ukrainians|Kyiv
Belarus||Belarusian,Belarusians|Minsk
Poland||Polish,Poles|Warsaw
Italy||Italian,Italians|Rome
Spain||Spanish,Spaniards|Madrid
Greece||Greek,Greeks|Athens
Netherlands|Holland|Dutch|Amsterdam
Belgium||Belgian,Belgians|Brussels
Sweden||Swedish,Swedes|Stockholm
Norway||Norwegian,Norwegians|Oslo
Canada||Canadian,Canadians|Ottawa
Mexico||Mexican,Mexicans|Mexico City
Brazil||Brazilian,Brazilians|Brasilia
Argentina||Argentine,Argentinian,Argentines|Buenos Aires
Venezuela||Venezuelan,Venezuelans|Caracas
Cuba||Cuban,Cubans|Havana
Australia||Australian,Australians|Canberra
North Korea|DPRK|North Korean,North Koreans|Pyongyang
South Korea|Republic of Korea|South Korean,South Koreans|Seoul
Vietnam||Vietnamese|Hanoi
Indonesia||Indonesian,Indonesians|Jakarta
Philippines||Filipino,Filipinos|Manila
Qatar||Qatari,Qataris|Doha
United Arab Emirates|UAE,U.A.E.|Emirati,Emiratis|Abu Dhabi
Soviet Union|USSR,U.S.S.R.|Soviet,Soviets|
Chile||Chilean,Chileans|
Peru||Peruvian,Peruvians|Lima
Colombia||Colombian,Colombians|Bogota
Bolivia||Bolivian,Bolivians|La Paz
Ecuador||Ecuadorian,Ecuadorians|Quito
Thailand||Thai|Bangkok
Malaysia||Malaysian,Malaysians|Kuala Lumpur
Myanmar|Burma|Burmese|Naypyitaw
Bangladesh||Bangladeshi,Bangladeshis|Dhaka
Sri Lanka||Sri Lankan,Sri Lankans|Colombo
Nepal||Nepali,Nepalese|Kathmandu
Zimbabwe||Zimbabwean,Zimbabweans|Harare
Somalia||Somali,Somalis|Mogadishu
Uganda||Ugandan,Ugandans|Kampala
Rwanda||Rwandan,Rwandans|Kigali
Ghana||Ghanaian,Ghanaians|Accra
Senegal||Senegalese|Dakar
Mali||Malian,Malians|Bamako
Switzerland||Swiss|Bern
Austria||Austrian,Austrians|Vienna
Denmark||Danish,Danes|Copenhagen
Finland||Finnish,Finns|Helsinki
Ireland|Republic of Ireland|Irish|Dublin
Portugal||Portuguese|Lisbon
Hungary||Hungarian,Hungarians|Budapest
Czech Republic|Czechia|Czech,Czechs|Prague
Romania||Romanian,Romanians|Bucharest
Serbia||Serbian,Serbians,Serbs|Belgrade
Croatia||Croatian,Croatians,Croats|Zagreb
Armenia||Armenian,Armenians|Yerevan
Azerbaijan||Azerbaijani,Azerbaijanis|Baku
Kazakhstan||Kazakh,Kazakhs|
New Zealand||New Zealander,New Zealanders|
Taiwan||Taiwanese|Taipei
Bahrain||Bahraini,Bahrainis|Manama
Kuwait||Kuwaiti,Kuwaitis|
Oman||Omani,Omanis|Muscat
Jamaica||Jamaican,Jamaicans|
Haiti||Haitian,Haitians|Port-au-Prince
Trinidad and Tobago|Trinidad|Trinidadian,Trinidadians|Port of Spain
Bahamas|The Bahamas|Bahamian,Bahamians|
Barbados||Barbadian,Barbadians,Bajan,Bajans|Bridgetown
Guyana||Guyanese|
Grenada||Grenadian,Grenadians|
Belize||Belizean,Belizeans|Belmopan
`;

function parseCountries(table: string): CountryEntry[] {
  return table
    .trim()
    .split('\n')
    .map((line) => {
      const [name = '', aliases = '', demonyms = '', capital = ''] = line.split('|');
      const list = (s: string) =>
        s
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean);
      return { name, aliases: list(aliases), demonyms: list(demonyms), capital: capital || undefined };
    });
}

export const COUNTRIES: readonly CountryEntry[] = parseCountries(COUNTRY_TABLE);

/**
 * Nouns that, after a country or its demonym ("Syria's government", "Tunisian authorities"),
 * mean the state itself, so the mention belongs to the country party.
 */
export const GOVERNMENT_WORDS = new Set(['government', 'authorities', 'regime', 'leadership', 'state']);

/** Nations inside a state with a government of their own: "the Scottish government" is no country's. */
export const DEVOLVED_DEMONYMS = new Set(['scottish', 'welsh']);

/**
 * Head words of organisation names, on top of compromise's own list. In lower case after a
 * name they still make an organisation ("West Mercia police", "Ennahda party").
 */
export const ORGANIZATION_HEADS = new Set([
  'ministry',
  'department',
  'police',
  'party',
  'agency',
  'council',
  'commission',
  'committee',
  'court',
  'university',
  'institute',
  'museum',
  // "Oakland Zoo", "Monterey Bay Aquarium": institutions whose officials speak for them.
  'zoo',
  'aquarium',
  'foundation',
  'magazine',
  'newspaper',
  'network',
  'company',
  'corporation',
  'bank',
  'army',
  'navy',
  // "the Israel Defense Forces", "the Rapid Support Forces", "the Air Force" ("Air Force One" is a plane).
  'forces',
  'force',
  // "Air Mobility Command", "U.S. Central Command".
  'command',
  'administration',
  'office',
  'service',
  'services',
  'house',
  'hospital',
  'congress',
  'parliament',
  'senate',
  'assembly',
  'union',
  'league',
  'alliance',
  'caucus',
  'movement',
  'organization',
  'organisation',
  'federation',
  'association',
  // "the Greater Oklahoma City Chamber", "the Dallas Regional Chamber": a chamber of commerce.
  'chamber',
  // The Los Angeles Times' short forms: "Consumer Electronics Assn.", "Transportation Dept.".
  'assn',
  'dept',
  'press',
  'times',
  'post',
  'news',
  // Newspapers' names the lexicon lacks: "the Chicago Tribune", "the Louisville Courier-Journal".
  'tribune',
  'courier',
  'inquirer',
  'enquirer',
  'sentinel',
  'tech',
  'games',
  'studios',
  'labs',
  'software',
  'technologies',
  'motors',
  'pictures',
  'records',
  'media',
  'airlines',
  'llc',
  'srl',
  'gmbh',
  'plc',
  'spa',
  'microsystems',
  'systems',
  'holdings',
  // "LG Electronics", "Republic Wireless", "Juniper Networks", "Taiwan Semiconductor": firms named for their trade.
  'electronics',
  'networks',
  'semiconductor',
  'solutions',
  'logistics',
  'robotics',
  'aerospace',
  'telecom',
  'wireless',
  // Endings of firms' names in finance and biotech ("Kotak Institutional Equities", "Third Rock Ventures").
  'equities',
  'ventures',
  'biosciences',
  'therapeutics',
  // Research and data firms cited as sources ("according to Coresight Research"), and food companies ("Tyson Foods").
  'research',
  'analytics',
  'insights',
  'finance',
  'foods',
  // "Journeyman Distillery", "Ridge Winery": makers of drink, as the lexicon's "brewery" is.
  'distillery',
  'winery',
  // A library is a place too, but "Library of Congress" and "New York Public Library" are bodies.
  'library',
  // "Redonda Restoration Programme", "Zoological Society of London".
  'programme',
  'society',
  // Heads of Spanish, Portuguese, French and German names ("Asociación Bienestar y Desarrollo").
  'asociación',
  'asociacion',
  'associação',
  'fundación',
  'fundacion',
  'fundação',
  'instituto',
  'institut',
  'universidad',
  'universidade',
  'université',
  'universität',
  'centro',
  'organización',
  'comité',
  'société',
  'stiftung',
  'verein',
]);

/** Lower-case heads that may follow a name and still make it an organisation. */
export const TRAILING_ORGANIZATION_HEADS = new Set([
  'police',
  'party',
  'government',
  'administration',
  'ministry',
  'magazine',
  'newspaper',
  'authorities',
  'regime',
  'hospital',
  'campaign',
  'foundation',
]);

/** Peoples without a state of their own, who act as a people in the news: a group, not a demonym of a country. */
export const STATELESS_PEOPLES = new Set(['palestinians', 'kurds', 'rohingya', 'uyghurs', 'uighurs']);

/**
 * Armed and political groups news names without a head word. A short list of the groups
 * that recur across years of news; others are found by their heads ("... Brigades").
 */
export const GROUP_NAMES = new Set([
  'islamic state',
  'isis',
  'isil',
  'daesh',
  'al qaeda',
  'al-qaeda',
  'taliban',
  'hezbollah',
  'hizbollah',
  'hamas',
  'boko haram',
  'al shabab',
  'al-shabab',
  'houthis',
  'muslim brotherhood',
  'ku klux klan',
  'kkk',
]);
/** Other names of those groups, by the key of the name they are one party with. */
export const GROUP_NAME_OF = new Map([
  ['isis', 'islamic state'],
  ['isil', 'islamic state'],
  ['daesh', 'islamic state'],
  ['al-qaeda', 'al qaeda'],
  ['hizbollah', 'hezbollah'],
  ['al-shabab', 'al shabab'],
  ['kkk', 'ku klux klan'],
]);
export const GROUP_HEADS = new Set(['brigade', 'brigades', 'front', 'militia', 'militias', 'rebels', 'faction']);

/** Last words of names of laws, agreements and awards: "Investment Company Act" is not a party. */
/**
 * Last words of a document's or a policy's name of three words or more ("Energy Access
 * Situation Report", "Sustainable Development Goals", "Local Government Turnaround
 * Strategy"): a work, no party. Shorter names ("Drudge Report") may be outlets.
 */
export const DOCUMENT_HEADS = new Set(['report', 'strategy', 'goals', 'framework', 'agenda', 'guidelines']);

export const LAW_HEADS = new Set([
  'act',
  'bill',
  'law',
  'treaty',
  'accord',
  'accords',
  'agreement',
  'convention',
  'amendment',
  'code',
  'doctrine',
  'directive',
  'regulation',
  // "the Fourth Energy Technology Development Plan", "Vision 2030 Roadmap": documents of policy.
  'plan',
  'roadmap',
  'award',
  'awards',
  'prize',
  'medal',
  'trophy',
  // "under House Resolution 11": a measure voted on, named after its chamber.
  'resolution',
]);

/**
 * Public programmes news names like bodies ("cuts to Medicare"): what is paid or insured,
 * not who acts. Their agencies have names of their own.
 */
export const PUBLIC_PROGRAMMES = new Set(['medicare', 'medicaid', 'medi cal', 'obamacare', 'social security']);

/** A site's prompts left in the text ("Sign In or Create an Account"), as name keys. */
export const SITE_PROMPTS = new Set(['sign in', 'sign up', 'log in', 'create an account']);

/** "winning the Electoral College": a count of votes, named like a body, that no one speaks for. */
export const VOTE_COUNTS = new Set(['electoral college', 'popular vote']);

/** Stock market indices ("the S&P 500 lost 1.85 points", "the Nasdaq rose"), as name keys: prices, not who acts. */
export const MARKET_INDICES = new Set([
  's p',
  's p 500',
  'nasdaq',
  'nasdaq composite',
  'dow',
  'dow jones',
  'dow jones industrial average',
  'ftse',
  'nikkei',
  'hang seng',
  'sensex',
  'nifty',
  'dax',
  'stoxx',
]);

/** Short names that news gives a body after "the", with its full name: "the Fed's policy". */
export const SHORT_NAMES = new Map([
  ['fed', 'Federal Reserve'],
  ['holy see', 'Vatican'],
]);

/** Last words of a pollster's poll: "the Wall Street Journal Poll" is the Wall Street Journal's. */
export const POLL_HEADS = new Set(['poll', 'survey']);

/**
 * Last words of names of events: "the Paris Motor Show", "the First World War", "the Arab
 * Spring" happen; they are not parties.
 */
export const EVENT_HEADS = new Set([
  'war',
  'wars',
  'show',
  'festival',
  'expo',
  'fair',
  'summit',
  'conference',
  'olympics',
  'championship',
  'championships',
  'cup',
  'tournament',
  'marathon',
  'series',
  'election',
  'elections',
  'revolution',
  'spring',
  'uprising',
  'crisis',
]);

/**
 * Last words of names of streets, squares and sites: "Times Square" is a place even though
 * "Times" heads newspapers' names.
 */
export const STREET_HEADS = new Set([
  'square',
  'street',
  'avenue',
  'boulevard',
  'plaza',
  'strip',
  'road',
  'bridge',
  'park',
  'airport',
  'stadium',
  'cathedral',
  'station',
  'trail',
]);

/**
 * People named by their faith or creed: like "officials", a kind of people, not a named
 * party ("radical Muslims", "Islamists of all stripes"). Words ending in "-ists" count too.
 */
export const CREED_NOUNS = new Set([
  'muslims',
  'christians',
  'jews',
  'catholics',
  'protestants',
  'evangelicals',
  'hindus',
  'sikhs',
  'mormons',
  'sunnis',
  'shiites',
  'shias',
]);

/**
 * Words of institutions' names that say what kind of body it is, not which one: with a
 * country's possessive ("Russia's Foreign Ministry") they make one name with the country.
 */
export const GENERIC_INSTITUTION_WORDS = new Set([
  'national',
  'federal',
  'central',
  'supreme',
  'state',
  'foreign',
  'interior',
  'defense',
  'defence',
  'justice',
  'finance',
  'health',
  'education',
  'security',
  'intelligence',
  'armed',
  'forces',
  'constitutional',
  'high',
  'general',
  'public',
  'royal',
  'air',
  'naval',
  'border',
  'economy',
  'trade',
  'energy',
  'emergency',
  'emergencies',
  'affairs',
  'home',
  'prosecutor',
  'investigative',
  'of',
  'and',
  'for',
]);

/** Nouns of an appositive that say a name is an organisation: "Ansar al-Sharia, an al-Qaeda-linked organization". */
export const APPOSITIVE_ORGANIZATION_NOUNS = new Set([
  'organization',
  'organisation',
  'group',
  'company',
  'firm',
  'party',
  'movement',
  'militia',
  'faction',
  'agency',
  'charity',
  'nonprofit',
  'website',
  'newspaper',
  'magazine',
  'broadcaster',
  'network',
  'startup',
  'union',
  'provider',
  'manufacturer',
  'supplier',
  'retailer',
]);

/**
 * News agencies and platforms that news names most, missing from compromise's lexicon
 * (which already knows Google, Facebook, Twitter, CNN, the BBC, NATO and many more).
 */
export const KNOWN_ORGANIZATIONS = new Set([
  'reuters',
  'associated press',
  'ap',
  'afp',
  'agence france presse',
  'bloomberg',
  'xinhua',
  'tass',
  'interfax',
  'ria novosti',
  'politico',
  'axios',
  'fox news',
  'business insider',
  // British papers whose names are common words.
  'daily mail',
  'mail on sunday',
  'daily express',
  'daily mirror',
  'daily star',
  'evening standard',
  'msnbc',
  'cbs',
  'abc',
  'npr',
  'apple',
  'amazon',
  'yahoo',
  'instagram',
  'whatsapp',
  'tiktok',
  'telegram',
  'reddit',
  'linkedin',
  'meta',
  'alphabet',
  'openai',
  'huawei',
  'tesla',
  'spacex',
  'airbus',
  'moderna',
  'human rights watch',
  'amnesty international',
  'unicef',
  'unhcr',
  'imf',
  'gop',
  'world bank',
  'who',
  'un',
  'u.n',
  'u.n.',
  'european union',
  'kremlin',
  'vatican',
  'holy see',
  // Bodies whose names hold "and" between words that are no head of their own.
  'customs and border protection',
  'immigration and customs enforcement',
]);

/** Institutions named by their building or street: organisations, not places. */
export const INSTITUTION_NAMES = new Set([
  'white house',
  'kremlin',
  'pentagon',
  'downing street',
  'elysee',
  'élysée',
  'congress',
]);

/** Addresses that stand for the office at them, with the office's name ("No 10" is Downing Street). */
export const SEAT_NUMBERS = new Map([
  ['number 10', 'Downing Street'],
  ['no 10', 'Downing Street'],
]);

/**
 * Members of a party in the plural, which name the party ("Republicans want …"), with the
 * word its own name starts with ("Republican Party"); "House Republicans" are of it too.
 */
export const PARTY_MEMBER_PLURALS = new Map([
  ['republicans', 'republican'],
  ['democrats', 'democratic'],
  ['tories', 'conservative'],
  ['conservatives', 'conservative'],
]);
export const LEGISLATIVE_CHAMBERS = new Set(['house', 'senate']);

/** Words for a party's members that name the party by the word its name starts with: "an Iowa Republican", "a GOP insider". */
export const PARTY_MEMBER_WORDS = new Map([
  ['republican', 'republican'],
  ['gop', 'republican'],
  ['democrat', 'democratic'],
  ['democratic', 'democratic'],
  ['tory', 'conservative'],
]);

/** Political parties' adjectives, which may stand before a title ("Democratic Sen. Harry Reid"). */
export const PARTY_ADJECTIVES = new Set(['democratic', 'republican', 'conservative', 'labour', 'liberal', 'socialist']);

/** Title words that end the name of an office ("Chief Information Officer"), never a person's or a body's name. */
export const OFFICE_TITLES = new Set([
  'officer',
  'director',
  'secretary',
  'minister',
  'commissioner',
  'administrator',
  'chairman',
  'chairwoman',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'adviser',
  'advisor',
]);

/** What follows a person's name to tell generations apart: "James P. Kennedy Jr.", "Henry Ford II". */
export const GENERATION_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Letters after a British name for a seat or an honour, which are no part of it: "Luke Pollard MP". */
export const POST_NOMINALS = new Set(['MP', 'MPs', 'MSP', 'MEP', 'AM', 'QC', 'KC', 'OBE', 'MBE', 'CBE']);

/** Titles that stay part of the name of someone known by one given name: "Prince Andrew", "Pope Francis". */
export const ROYAL_TITLES = new Set(['king', 'queen', 'prince', 'princess', 'pope', 'sultan', 'emir']);

/** Titles of royals and peers held of a place: "the Princess of Wales", "the Duke of Sussex". */
export const TITLES_OF_PLACES = new Set([
  'prince',
  'princess',
  'duke',
  'duchess',
  'earl',
  'countess',
  'marquess',
  'baron',
  'baroness',
]);

/** Heads of the names of roads, which compromise's place words lack: "the Sam Rayburn Tollway". */
export const ROAD_HEADS = ['highway', 'freeway', 'expressway', 'tollway', 'parkway', 'turnpike', 'boulevard', 'avenue'];

/** Head words of papers' names, which stand alone for the paper ("the Times", "the Tribune"). */
export const NEWSPAPER_HEADS = new Set([
  'times',
  'post',
  'journal',
  'tribune',
  'herald',
  'courier',
  'gazette',
  'chronicle',
  'globe',
]);

/** Political parties named by a common word alone: "Labor’s 43 per cent target", "Labour has announced". */
export const PARTIES_OF_COMMON_WORDS = new Set(['labour', 'labor']);

/**
 * Words that, with "State", are a university's name in American news: states' names and two
 * short forms ("Ohio State said in a statement", "Penn State quarterback", "Kent State").
 * Washington State and New York State are as often the states themselves, and Nigeria's
 * "Lagos State" is a state, so they are not here.
 */
export const STATE_UNIVERSITY_STATES = new Set([
  'alabama',
  'arizona',
  'arkansas',
  'colorado',
  'florida',
  'georgia',
  'iowa',
  'kansas',
  'kent',
  'michigan',
  'mississippi',
  'montana',
  'ohio',
  'oklahoma',
  'oregon',
  'penn',
  'utah',
]);

/** Arabic words that open armed groups' and councils' names before a joined article: "Jabhat al-Nusra", "Ansar al-Sharia". */
export const ARABIC_GROUP_HEADS = new Set([
  'jabhat',
  'ansar',
  'ahrar',
  'jaish',
  'jaysh',
  'harakat',
  'kataib',
  'liwa',
  'saraya',
  'hizb',
  'majlis',
]);

/** Arabic words that open places' names before a joined article: "Bab al-Hawa", "Ras al-Ain", "Masjid al-Aqsa". */
export const ARABIC_PLACE_HEADS = new Set([
  'bab',
  'masjid',
  'ras',
  'wadi',
  'jabal',
  'jebel',
  'deir',
  'kafr',
  'ain',
  'bir',
  'tal',
  'tell',
  'umm',
  'bayt',
  'beit',
  'dar',
]);

/** Units numbered in order, whose names open on the ordinal: "102nd Rescue Squadron", "75th Precinct". */
export const NUMBERED_UNIT_HEADS = new Set([
  'squadron',
  'wing',
  'precinct',
  'battalion',
  'regiment',
  'brigade',
  'fleet',
  'infantry',
  'marines',
]);

/** Titles written as initials, which name no one when they stand alone ("the PM said", "VP analyst"). */
export const TITLE_INITIALS = new Set(['pm', 'mec', 'vp']);

/** A firm's chiefs, written short: "Apple CEO Tim Cook", "Facebook COO Sheryl Sandberg". */
export const CHIEF_OFFICERS = ['ceo', 'cfo', 'coo', 'cto', 'cio', 'cmo'];
/** A team's offices, written short: "Ravens GM Ozzie Newsome", "Cleveland DL Larry Ogunjobi". */
export const TEAM_SHORT_TITLES = ['gm', 'qb', 'rb', 'wr', 'dl', 'lb', 'cb'];

/** Titles and offices written before a person's name (compromise adds its honorifics). */

export const TITLE_WORDS = new Set([
  'president',
  'adviser',
  'advisor',
  'vice',
  'prime',
  'minister',
  'secretary',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'chancellor',
  'senator',
  'sen',
  // "Senators Robert F. Bennett of Utah, …": a title before a list of its holders.
  'senators',
  'sens',
  'representative',
  'rep',
  'congressman',
  'congresswoman',
  'councillor',
  'councilor',
  'cllr',
  'ambassador',
  'governor',
  'gov',
  'mayor',
  'sheriff',
  'king',
  'queen',
  'prince',
  'princess',
  'sheikh',
  'emir',
  'sultan',
  'pope',
  'cardinal',
  'general',
  'gen',
  'colonel',
  'col',
  'lieutenant',
  'lt',
  'captain',
  'capt',
  'admiral',
  // "Rear Admiral Daniel Hagari": the first word of a rank of two.
  'rear',
  'marshal',
  'adm',
  'major',
  'maj',
  'sergeant',
  'sgt',
  'corporal',
  'cpl',
  'pvt',
  'commander',
  'cmdr',
  // "Wing Commander Vyomika Singh", "Squadron Leader …": air force ranks.
  'wing',
  'squadron',
  'chief',
  'inspector',
  'officer',
  'director',
  'commissioner',
  'administrator',
  'chairman',
  'chairwoman',
  'chair',
  ...CHIEF_OFFICERS,
  'judge',
  'justice',
  'attorney',
  // "Advocate Mokitimi Tšosane": a barrister's title in southern Africa and South Asia.
  'advocate',
  'prosecutor',
  'dr',
  'mr',
  'mrs',
  'ms',
  'miss',
  'sir',
  'dame',
  'lord',
  'lady',
  'professor',
  'prof',
  'rev',
  'reverend',
  // "the Honourable Natalio Wheatley": a style of ministers and judges in the Commonwealth.
  'honourable',
  'honorable',
  'father',
  'rabbi',
  'imam',
  'ayatollah',
  'deputy',
  'foreign',
  'defense',
  'defence',
  'interior',
  'state',
  'press',
  'leader',
  'speaker',
  'minority',
  'majority',
  'whip',
  'founder',
  'co-founder',
  'cofounder',
  'ombudsman',
  'premier',
  // Officers of a service: "State Park Ranger Supervisor Robert Colligan", "Det. Sgt. Ann Lee".
  'supervisor',
  'superintendent',
  'ranger',
  'trooper',
  'detective',
  'det',
  'constable',
  ...TEAM_SHORT_TITLES,
  // A company's offices, written short: "executive VP Marni Walden", "SVP Jane Doe".
  'vp',
  'svp',
  'evp',
  'executive',
  // A newsroom's roles: "CNN Correspondent Jane Arraf". Not "reporter", "economist" or "insider",
  // which end outlets' names (The Hollywood Reporter, The Economist, Business Insider).
  'correspondent',
  'analyst',
  'columnist',
  'anchor',
  'commentator',
  'strategist',
  'editor',
  'head',
  'coach',
  'elect',
  'former',
  'acting',
  'first',
  'lady',
  'ph.d',
  'phd',
]);

/** Words that end a title run and stand for a person's role when lower case ("press secretary"). */
export const ROLE_NOUNS = new Set([
  'mec',
  'president-elect',
  'governor-elect',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'secretary',
  'minister',
  'president',
  'director',
  'inspector',
  'officer',
  'writer',
  'reporter',
  'editor',
  'developer',
  'researcher',
  'scientist',
  'analyst',
  'lawyer',
  'attorney',
  'professor',
  'chemist',
  'engineer',
  'philosopher',
  'artist',
  'author',
  'co-author',
  'coauthor',
  'founder',
  'leader',
  'chief',
  'executive',
  'adviser',
  'advisor',
  'commander',
  'administrator',
  'official',
  'diplomat',
  'envoy',
  'ambassador',
  'governor',
  'senator',
  'judge',
  'economist',
  'historian',
  'activist',
  'correspondent',
  'columnist',
  'checker',
  'member',
  'student',
  'designer',
  'expert',
  'chairman',
  'fellow',
  'producer',
  'critic',
  'strategist',
  'pollster',
  'consultant',
  // A team's people: "Wild coach Bruce Boudreau", "Sabres captain Jack Eichel".
  'coach',
  'captain',
  'goalie',
  'goalkeeper',
  'defenseman',
  'defender',
  'winger',
  'striker',
  'midfielder',
  'quarterback',
  'pitcher',
]);

/** A team's positions, lower case right before a player's name ("Pittsburgh center Maurkice Pouncey"); "the center said" is no one's. */
export const TEAM_POSITIONS = new Set(['center', 'forward', 'guard', 'linebacker', 'receiver', 'rusher', 'tackle']);

/** Roles a state fills: "the Austrian ambassador said" speaks for Austria, "the Portuguese coach said" does not. */
export const STATE_ROLE_NOUNS = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'secretary',
  'minister',
  'president',
  'leader',
  'chief',
  'commander',
  'administrator',
  'official',
  'diplomat',
  'envoy',
  'ambassador',
  'governor',
  'senator',
  'judge',
  'inspector',
  'officer',
]);

/** Roles that an organisation, not a person, fills ("Minecraft developer Mojang" is a firm). */
export const ORGANIZATION_ROLES = new Set([
  'company',
  'firm',
  'maker',
  'developer',
  'publisher',
  'broadcaster',
  'network',
  'group',
  'website',
  'newspaper',
  'magazine',
  'agency',
  'carrier',
  'retailer',
  'giant',
  'startup',
  'studio',
  'charity',
  'site',
  'website',
]);

/**
 * People who speak without a name: "officials said", "sources tell". A claim by them has
 * no named claimant, unless a country or organisation qualifies them ("American officials").
 */
export const SPEAKER_NOUNS = new Set([
  'official',
  'officials',
  'authorities',
  'source',
  'sources',
  'analyst',
  'analysts',
  'expert',
  'experts',
  'researcher',
  'researchers',
  'scientist',
  'scientists',
  'author',
  'authors',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'police',
  'witness',
  'witnesses',
  'resident',
  'residents',
  'respondent',
  'respondents',
  'critic',
  'critics',
  'activist',
  'activists',
  'diplomat',
  'diplomats',
  'delegation',
  'negotiators',
  'lawmaker',
  'lawmakers',
  'observer',
  'observers',
  'politician',
  'politicians',
  'study',
  'studies',
  'paper',
  'report',
  'reports',
  'survey',
  'poll',
  'analysis',
  'review',
  'statement',
  'documents',
  'data',
  'tweet',
  'post',
  'article',
  'letter',
  'filing',
  'lawsuit',
  'ministry',
  'agency',
  'department',
  'government',
  'company',
  'group',
  'organization',
  'organisation',
  'team',
  'findings',
  'people',
  'leaders',
  'leader',
  'members',
  'member',
  'aides',
  'aide',
  'associate',
  'associates',
  'executives',
  'officers',
  'employees',
  'employee',
  'staffer',
  'staffers',
  'insider',
  'insiders',
  'prosecutors',
  'investigators',
  'doctors',
  'mother',
  'father',
  'family',
  'friends',
  'neighbours',
  'neighbors',
  'campaign',
  'administration',
  'military',
  'army',
  'spokespeople',
  'representatives',
  'sources',
  'journalists',
  'reporters',
  'media',
  'newspaper',
  'supporters',
  'fans',
  'opponents',
  'defenders',
  'proponents',
  'advocates',
  'detractors',
  'skeptics',
  // Bodies meant by their kind: "the utility said" (the last organisation named), "the
  // university said" (the one named with that word).
  'utility',
  'bank',
  'union',
  'airline',
  'retailer',
  'automaker',
  'carmaker',
  'drugmaker',
  'insurer',
  'lender',
  'university',
  'hospital',
  'school',
  'commission',
  'council',
  'board',
]);

/** Descriptions that point back to the article's main person or organisation. */
export const PERSON_BACK_REFERENCES = new Set(['author', 'authors', 'researchers', 'scientists', 'writer']);
export const ORGANIZATION_BACK_REFERENCES = new Set([
  'company',
  'ministry',
  'agency',
  'department',
  'group',
  'organization',
  'organisation',
  'firm',
  'party',
  'utility',
  'bank',
  'union',
  'zoo',
  'airline',
  'retailer',
  'automaker',
  'carmaker',
  'drugmaker',
  'insurer',
  'lender',
]);

/** Before a capital, these make it a place rather than its government ("lived in Khartoum"). */
export const LOCATION_WORDS = new Set([
  'in',
  'at',
  'from',
  'to',
  'near',
  'outside',
  'inside',
  'across',
  'throughout',
  'around',
  'downtown',
  'into',
  'via',
  'toward',
  'towards',
  'through',
  'of',
  'central',
  'northern',
  'southern',
  'eastern',
  'western',
  'visit',
  'visited',
  'visiting',
  'flew',
  'arrived',
]);

/**
 * Cities news names often that compromise's lexicon lacks: the big US cities of two or
 * more words, a few single-word ones no one is called, and other cities known by such
 * names. Names that are also people's ("Houston", "Austin", "Charlotte") stay out.
 */
export const CITY_NAMES = new Set([
  'las vegas',
  'des moines',
  'ann arbor',
  'oklahoma city',
  'kansas city',
  'salt lake city',
  'virginia beach',
  'baton rouge',
  'st. louis',
  'st louis',
  'st. paul',
  'st paul',
  'palm beach',
  'west palm beach',
  'corpus christi',
  'colorado springs',
  'little rock',
  'grand rapids',
  'new haven',
  'san bernardino',
  'fort lauderdale',
  'santa monica',
  'beverly hills',
  'hollywood',
  'santa barbara',
  'palo alto',
  'mountain view',
  'menlo park',
  'long island',
  'silicon valley',
  'minneapolis',
  'cincinnati',
  'tucson',
  'omaha',
  'tampa',
  'louisville',
  'jacksonville',
  'orlando',
  'mexico city',
  'ho chi minh city',
  'port moresby',
  'port sudan',
  'khan younis',
  'rafah',
  'gaza city',
  'hague',
]);

/** Countries' names that are also given names the lexicon leaves out: "Jordan Peele", "Israel Katz". */
export const COUNTRY_GIVEN_NAMES = new Set(['jordan', 'georgia', 'chad', 'india', 'israel']);

/** Regions and continents: places, never parties. */
export const REGION_NAMES = new Set([
  'africa',
  'asia',
  'europe',
  'north america',
  'south america',
  'latin america',
  'middle east',
  'antarctica',
  'oceania',
  'caribbean',
  'balkans',
  'gulf',
  'west',
  'east',
  'north',
  'south',
  'arctic',
  'scandinavia',
  'eastern europe',
  'western europe',
  'central asia',
  'southeast asia',
  'north africa',
  // Territories news names as where things happen; their authorities speak under names of their own.
  'west bank',
  'gaza strip',
  // Regions of a country the lexicon lacks.
  'inner mongolia',
  'xinjiang',
  // A city-state: where the Vatican sits, the Vatican itself being the body that speaks.
  'vatican city',
]);

/** Rooms where a government meets: where things happen ("in the Oval Office"), not who acts. */
export const ROOMS_OF_POWER = new Set(['oval office', 'west wing', 'situation room', 'rose garden', 'east room']);

/** Features of the land and sea named with "of" and a place: "Gulf of Mexico", "Isle of Man". */
export const GEOGRAPHIC_FEATURES = new Set([
  'gulf',
  'bay',
  'sea',
  'strait',
  'straits',
  'isle',
  'cape',
  'lake',
  'mouth',
]);

/**
 * Lines of page furniture: links to other stories, newsletter and sharing prompts, affiliate
 * notes, a writer's address, a subscription's list of its columnists ("… by A, B, and others"),
 * a site's rules for comments ("comply with our Terms or Community Guidelines").
 */
export const FURNITURE_LINE =
  /^(?:\[|read more\b|related\b|see also\b|more:|more from\b|sign up\b|subscribe\b|follow (?:us|him|her)\b|follow [^.]{1,60}?(?: on (?:twitter|facebook|instagram|linkedin)\b| @\w)|share (?:this|on)\b|continue reading\b|advertisement\b|breaking news emails|get daily\b|a version of this article appears in print\b)|\bmay (?:earn|receive|get) an? (?:\w+ )?commission\b|\bsign(?:ing)? up (?:for|to) our\b|^on (?:twitter|facebook|instagram):|\b(?:may|can) be reached at\b|\b(?:agree to|comply with|keep to|read|learn more about) (?:our|the) (?:terms|community guidelines|privacy policy)\b|^(?:exclusive )?(?:articles|analysis|columns|stories)\b[^.]{0,60}?\b(?:by|from)\b[^.]*\band others\b/i;

/** A line that gives the reporters' and editors' addresses, at any length. */
export const CONTACT_LINE = /^to contact the (?:reporters?|editors?)\b/i;

/** Lines that credit a photo, a source, a story's writers or its editors, or give a contact's address, rather than say anything. */
export const CREDIT_LINE =
  /^\(?(?:credit|photo|image|photograph|video|with reporting by|reporting by|additional (?:reporting|editing|production)|contributing:|to contact the (?:reporters?|editors?)|(?:--|—|–)?\s*with assistance (?:from|by))\b|^editors?:\s|^\p{Lu}[\p{L}.' -]{2,60}?(?:,? in [^@]{2,40}?)?,? at\s+\S+@\S+\.\p{L}+|^(?:--|—|–)\s*\p{Lu}[^.]*?,? with assistance (?:from|by)\b|contributed (?:to )?(?:this|the) (?:report|story|article)(?: from [^.]+)?\.?$|\bcontributed reporting\b|(?:getty images|\(ap\)|\(reuters\)|\/ ?ap|\/ ?reuters|\/ ?afp|shutterstock)\s*$/iu;
