import { wordSet } from './word-set.js';

/**
 * Verbs that attribute words to a speaker ("said", "posted", "described … as"). Inflected forms are listed
 * so matching is a set lookup, not a stemmer.
 */
export const SPEECH_VERBS = wordSet(`
say says said saying tell tells told telling add adds added adding write writes wrote writing written post
posts posted posting tweet tweets tweeted tweeting state states stated note notes noted noting explain
explains explained explaining claim claims claimed argue argues argued argued insist insists insisted
insisting warn warns warned warning declare declares declared announce announces announced ask asks asked
asking reply replies replied answer answered respond responds responded continue continues continued
recall recalls recalled acknowledge acknowledges acknowledged admit admits admitted suggest suggests
suggested describe describes described call calls called calling dub dubs dubbed brand brands branded term
termed label labels labelled labeled view views viewed characterise characterised characterize
characterized promise promises promised vow vows vowed pledge pledged urge urges urged predict predicted
stress stresses stressed emphasise emphasised emphasize emphasized complain complained concede conceded
confirm confirms confirmed deny denies denied report reports reported quip quipped joke joked shout shouted
yell yelled scream screamed whisper whispered mutter muttered exclaim exclaimed boast boasted
assert asserted maintain maintains maintained contend contended observe observed remark remarked comment
commented reiterate reiterated repeat repeated recount recounted testify testified chant chanted sing sings sang
read reads
`);

/** Verbs that take the speaker after them in inverted attributions ("said Caddell"). */
export const INVERTABLE_VERBS = wordSet(
  'said says added asked wrote continued explained replied noted recalled warned insisted told argued tweeted posted',
);
