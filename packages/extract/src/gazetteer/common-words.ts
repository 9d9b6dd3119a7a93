import { wordSet } from './word-set.js';

/**
 * Words that are capitalised only because they open a sentence or a headline. A capitalised token from
 * this list is never the start of a name; the extractor also treats any word the text writes in lower case
 * elsewhere as common.
 */
export const COMMON_WORDS = wordSet(`
a an the this that these those there here it its it's they them their we our us you your he she his her him
i me my mine who whom whose which what when where why how whether if then than so as at by for from in into
of off on onto out over to up upon with within without about above across after against along among around
before behind below beneath beside besides between beyond during except inside near outside since through
throughout till toward towards under underneath until unlike via and but or nor yet also although though
because unless while whereas both either neither each every all any some many much more most few fewer less
least several such no not none nobody nothing someone something anyone anything everyone everything other
another same own only just even still already again ever never always often sometimes once twice meanwhile
however moreover furthermore nevertheless nonetheless instead otherwise therefore thus hence indeed perhaps
maybe probably possibly certainly clearly finally first second third last next later earlier now today
tonight yesterday tomorrow soon recently currently previously initially eventually ultimately overall
broadly separately similarly likewise additionally asked said says told added according speaking writing
be is are was were been being am do does did done have has had having will would shall should can could may
might must ought let lets get gets got make makes made take takes took go goes went come comes came see saw
say tell think know want need look use find give keep put set run call ask try feel leave seem show hear
play move live believe hold bring happen write provide sit stand lose pay meet include continue learn change
lead understand watch follow stop create speak read allow add spend grow open walk win offer remember love
consider appear buy wait serve die send expect build stay fall cut reach kill remain suggest raise pass sell
require report decide pull despite amid following given including regarding concerning plus minus per
yes ok okay oh well please thanks thank sorry hello dear
new old big small great good bad high low long short large little young early late full free real best
better worse worst top key major minor main former current recent possible likely important certain public
private local national international global political economic military social official senior general
special chief total whole true false
one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand
million billion dozens hundreds thousands millions
people person man men woman women child children family group part place case point week month year day
time way thing world life hand country state city area story fact question problem issue side government
company number system program work home house room night end morning afternoon evening update editing
reporting writing additional breaking exclusive analysis opinion comment watch read related photo video
source sources officials police troops forces residents leaders members experts analysts critics officers
blame game talks deal war peace news sport sports business markets politics
mr mrs ms dr sir
`);

/** Weekday and month names, seasons and holidays: capitalised, but times rather than entities. */
export const CALENDAR_WORDS = wordSet(`
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
christmas easter ramadan eid thanksgiving hanukkah diwali passover new year's
am pm gmt utc bst est edt pst pdt cet cest
`);
