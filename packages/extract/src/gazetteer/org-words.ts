import { wordSet } from './word-set.js';

/** Last words that make a capitalised name an organisation ("Acme Corp", "Labour Party"). */
export const ORG_SUFFIXES = wordSet(`
inc inc. corp corp. corporation co co. company companies ltd ltd. llc plc ag gmbh sa nv bv spa group holdings
holding partners associates bank banks fund trust capital securities investments insurance airlines
airways air motors industries enterprises systems technologies technology software labs laboratories
pharmaceuticals pharma energy oil petroleum gas electric telecom communications media network networks
broadcasting news times post journal herald tribune gazette telegraph guardian observer chronicle press
magazine review daily weekly radio television tv studios pictures records entertainment
party parties ministry department office agency administration authority commission committee council
board bureau service services court parliament assembly senate congress cabinet government police army
navy force forces guard command corps brigade regiment battalion militia
university college school academy institute institution foundation society association federation union
league club team united city rovers wanderers athletic fc church mosque temple hospital clinic museum
library orchestra exchange market markets organisation organization alliance coalition front movement
council commission tribunal cooperative consortium
`);

/** First words that make what follows an organisation ("Bank of England", "Ministry of Defence"). */
export const ORG_HEADS = wordSet(`
bank ministry department university college institute school academy office council commission committee
board bureau court house church federation union association society agency party league organisation
organization order chamber
`);

/** Words that make a name a place ("Red Sea", "Kursk region", "Oxford Street"). */
export const LOC_SUFFIXES = wordSet(`
river sea ocean lake bay gulf strait straits channel island islands isle peninsula mountains mountain mount
mt hills hill valley desert forest plain plains coast canyon falls street st road avenue ave square
boulevard lane bridge airport station port harbour harbor park region province county state district
territory oblast prefecture city town village municipality borough heights palace castle cathedral
basilica abbey
`);
