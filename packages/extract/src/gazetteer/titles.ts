import { wordSet } from './word-set.js';

/**
 * Words of titles and roles written before a name ("Kremlin spokesman", "Prime Minister", "Gen."). They go
 * into `mention.role`, never into the name's span.
 */
export const TITLE_WORDS = wordSet(`
president vice prime minister ministers chancellor secretary senator sen representative rep congressman
congresswoman governor gov mayor king queen prince princess duke duchess emperor empress pope cardinal
archbishop bishop rev reverend father pastor rabbi imam sheikh ayatollah general gen lieutenant lt colonel
col major maj captain capt sergeant sgt admiral adm commander commodore marshal corporal private judge
justice chief director chairman chairwoman chair commissioner ambassador envoy spokesman spokeswoman
spokesperson speaker leader deputy foreign defence defense finance interior home health justice trade
economy education energy transport culture agriculture environment labour labor treasury state attorney
prosecutor inspector superintendent constable detective officer sheriff mr mrs ms miss mx dr sir dame lord
lady baroness baron professor prof coach manager ceo cfo coo founder chief executive president-elect
former acting interim incumbent outgoing incoming late then first lady crown opposition party head
secretary-general undersecretary under assistant associate senior junior principal top
striker midfielder defender goalkeeper forward captain skipper midfielder all-rounder batsman bowler
opener champion veteran rookie star winger keeper
analyst economist strategist adviser advisor aide official lawyer attorney counsel executive analyst
author writer journalist reporter editor columnist correspondent anchor host presenter actor actress
singer rapper musician artist director producer designer businessman businesswoman billionaire
tycoon activist campaigner candidate nominee challenger rival lawmaker legislator mp mep politician
diplomat negotiator mediator premier governor-general chancellor-elect
`);

/** Titles that mark the person's sex, for pronoun resolution. */
export const MALE_TITLES = wordSet('mr sir lord king prince duke emperor father baron pope sheikh imam');
export const FEMALE_TITLES = wordSet('mrs ms miss dame lady queen princess duchess empress baroness');

/** Role nouns that, with "a"/"an"/"the" and no name, describe an unnamed speaker ("a Kremlin aide"). */
export const SOURCE_NOUNS = wordSet(`
aide aides official officials source sources spokesman spokeswoman spokesperson adviser advisor advisers
advisors diplomat diplomats insider insiders person people statement office ministry spokesmen officer
officers analyst analysts expert experts witness witnesses resident residents member members lawmaker
lawmakers representative representatives executive executives lawyer lawyers attorney prosecutors
prosecutor investigator investigators employee employees worker workers staffer staffers campaign
negotiator negotiators commander commanders officials
`);
