import { wordSet } from './word-set.js';

/**
 * Countries, regions, US states and large cities, as lower-case names joined by "_" where they have
 * several words (split back by `placeNames`). A general gazetteer: a match types an unknown name as LOC.
 */
const PLACES = `
afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain
bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria
burkina_faso burundi cambodia cameroon canada chad chile china colombia comoros congo costa_rica croatia
cuba cyprus czech_republic czechia denmark djibouti dominica dominican_republic ecuador egypt el_salvador
eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada
guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy
ivory_coast jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon
lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta
mauritania mauritius mexico moldova monaco mongolia montenegro morocco mozambique myanmar burma namibia
nauru nepal netherlands holland new_zealand nicaragua niger nigeria north_korea south_korea korea
north_macedonia macedonia norway oman pakistan palau palestine panama papua_new_guinea paraguay peru
philippines poland portugal qatar romania russia rwanda samoa san_marino saudi_arabia senegal serbia
seychelles sierra_leone singapore slovakia slovenia somalia south_africa south_sudan spain sri_lanka sudan
suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga trinidad tunisia turkey
turkiye turkmenistan tuvalu uganda ukraine united_arab_emirates uae united_kingdom britain great_britain
england scotland wales northern_ireland united_states america usa uruguay uzbekistan vanuatu vatican
venezuela vietnam yemen zambia zimbabwe yugoslavia soviet_union ussr czechoslovakia gaza west_bank
crimea donbas donetsk luhansk kherson zaporizhzhia kharkiv kursk chechnya siberia kashmir tibet xinjiang
kurdistan hong_kong macau greenland puerto_rico guam sahara sahel balkans caucasus scandinavia baltic
europe asia africa antarctica oceania middle_east latin_america north_america south_america central_america
east_africa west_africa southeast_asia central_asia eurasia mediterranean pacific atlantic arctic
alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois
indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
montana nebraska nevada new_hampshire new_jersey new_mexico new_york north_carolina north_dakota ohio
oklahoma oregon pennsylvania rhode_island south_carolina south_dakota tennessee texas utah vermont
virginia west_virginia washington wisconsin wyoming ontario quebec alberta british_columbia manitoba
bavaria catalonia flanders wallonia lombardy tuscany sicily sardinia corsica normandy brittany provence
queensland victoria tasmania new_south_wales punjab bengal kerala gujarat maharashtra tamil_nadu
london paris berlin madrid rome moscow kyiv kiev beijing shanghai tokyo osaka seoul delhi new_delhi mumbai
bombay calcutta kolkata chennai bangalore karachi lahore islamabad kabul tehran baghdad damascus beirut
amman jerusalem tel_aviv cairo riyadh jeddah dubai abu_dhabi doha ankara istanbul athens vienna prague
warsaw budapest bucharest sofia belgrade zagreb sarajevo brussels amsterdam the_hague rotterdam geneva
zurich bern lisbon dublin edinburgh glasgow cardiff belfast manchester liverpool birmingham leeds bristol
oxford cambridge stockholm oslo copenhagen helsinki tallinn riga vilnius minsk odesa odessa lviv
st_petersburg washington new_york_city los_angeles chicago houston philadelphia phoenix san_francisco
boston seattle miami atlanta dallas denver detroit baltimore las_vegas new_orleans san_diego brooklyn
manhattan toronto montreal vancouver ottawa mexico_city havana caracas bogota lima santiago buenos_aires
sao_paulo rio_de_janeiro brasilia nairobi lagos abuja johannesburg cape_town pretoria addis_ababa khartoum
tripoli tunis algiers rabat casablanca kinshasa dakar accra kampala harare sydney melbourne canberra
brisbane perth auckland wellington singapore_city jakarta bangkok manila hanoi kuala_lumpur taipei
hong_kong pyongyang ulaanbaatar tashkent astana almaty baku tbilisi yerevan kyiv donetsk mariupol bakhmut
avdiivka sevastopol grozny gaza_city rafah ramallah mosul aleppo idlib homs raqqa sanaa aden muscat kuwait_city
manama frankfurt munich hamburg cologne milan naples turin venice florence barcelona valencia seville
marseille lyon nice strasbourg bordeaux geneva lausanne salzburg krakow gdansk
`;

/** Lower-case place names ("new york", "st petersburg"). */
export const PLACE_NAMES: ReadonlySet<string> = new Set(
  [...wordSet(PLACES)].map((name) => name.replace(/_/g, ' ')),
);

/** The first words of place names of several words ("new", "south"): no other word opens one. */
export const PLACE_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...PLACE_NAMES].filter((name) => name.includes(' ')).map((name) => name.split(' ')[0]!),
);

/** Country names and their adjectives ("Russian", "French"): adjectives and demonyms are not mentions. */
export const NATIONALITIES = wordSet(`
afghan albanian algerian american andorran angolan argentine argentinian armenian australian austrian
azerbaijani bahraini bangladeshi belarusian belgian bolivian bosnian brazilian british briton bulgarian
burmese cambodian cameroonian canadian chilean chinese colombian congolese croatian cuban cypriot czech
danish dutch ecuadorian egyptian emirati english eritrean estonian ethiopian european filipino finnish
french georgian german ghanaian greek guatemalan haitian honduran hungarian icelandic indian indonesian
iranian iraqi irish israeli italian ivorian jamaican japanese jordanian kazakh kenyan korean kosovar
kuwaiti kyrgyz lao latvian lebanese liberian libyan lithuanian luxembourgish macedonian malagasy malawian
malaysian maldivian malian maltese mauritanian mexican moldovan mongolian montenegrin moroccan mozambican
namibian nepalese nepali nigerian nigerien norwegian omani pakistani palestinian panamanian paraguayan
peruvian polish portuguese qatari romanian russian rwandan saudi scottish senegalese serbian singaporean
slovak slovenian somali spanish lankan sudanese swedish swiss syrian taiwanese tajik
tanzanian thai tunisian turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh
yemeni zambian zimbabwean soviet western eastern northern southern arab asian african latin catholic
muslim christian jewish islamic sunni shia shiite kurdish hindu buddhist democratic republican
conservative liberal socialist communist
americans russians ukrainians britons israelis palestinians iranians iraqis syrians afghans germans
chinese europeans africans arabs jews muslims christians democrats republicans conservatives liberals
frenchman englishman
`);
